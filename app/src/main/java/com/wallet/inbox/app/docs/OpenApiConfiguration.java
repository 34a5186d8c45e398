package com.wallet.inbox.app.docs;

import com.wallet.inbox.schemas.ResultCode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The merchant endpoints read their raw body (so that every problem names its field), which springdoc
 * cannot see; this adds their request bodies, samples and answers to the generated description.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String JSON = "application/json";

    @Bean
    OpenAPI inboxOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Inbox delivery: merchant API")
                        .version("v2")
                        .description("Send templated inbox messages (Alipay+ Mini Program conventions). Every"
                                + " business or validation outcome is HTTP 200 with the outcome in result;"
                                + " a client registered with a public key signs its calls (RSA256)."));
    }

    @Bean
    OpenApiCustomizer merchantApiBodies() {
        return api -> {
            describe(
                    api,
                    "/v2/messages/sendInbox",
                    "Send an inbox message (deprecated upstream, kept)",
                    MerchantApiExamples.SEND_INBOX_SAMPLE,
                    sendAnswers());
            describe(
                    api,
                    "/v2/miniprogram/message/send",
                    "Send an inbox message (the newer API)",
                    MerchantApiExamples.MESSAGE_SEND_SAMPLE,
                    sendAnswers());
            describe(
                    api,
                    "/v2/messages/inquiryInbox",
                    "The status of an earlier send, by requestId",
                    MerchantApiExamples.INQUIRY_SAMPLE,
                    Map.of(
                            "SUCCESS",
                            new io.swagger.v3.oas.models.examples.Example()
                                    .value(MerchantApiExamples.inquiryAnswer())));
        };
    }

    private static Map<String, io.swagger.v3.oas.models.examples.Example> sendAnswers() {
        return MerchantApiExamples.sendAnswers();
    }

    private static void describe(
            OpenAPI api,
            String path,
            String summary,
            String sample,
            Map<String, io.swagger.v3.oas.models.examples.Example> answers) {
        @Nullable PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        if (item == null || item.getPost() == null) {
            return;
        }
        Operation post = item.getPost();
        post.summary(summary)
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType(JSON, new MediaType().example(MerchantApiExamples.json(sample)))))
                .responses(new ApiResponses()
                        .addApiResponse("200", answer("The outcome in result", new MediaType().examples(answers)))
                        .addApiResponse("405", answer("Wrong method", example(ResultCode.METHOD_NOT_SUPPORTED)))
                        .addApiResponse(
                                "415", answer("Wrong content type", example(ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE))));
    }

    private static MediaType example(ResultCode code) {
        return new MediaType().example(MerchantApiExamples.failure(code));
    }

    private static ApiResponse answer(String description, MediaType body) {
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON, body));
    }
}
