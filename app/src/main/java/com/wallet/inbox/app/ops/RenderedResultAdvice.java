package com.wallet.inbox.app.ops;

import com.wallet.inbox.app.inquiry.InquiryResponse;
import com.wallet.inbox.schemas.SendInboxResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Every merchant answer written by Spring MVC, from a controller or an exception handler, passes here. */
@ControllerAdvice
class RenderedResultAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet) {
            if (body instanceof SendInboxResponse sent) {
                RenderedResult.remember(servlet.getServletRequest(), sent.result());
            } else if (body instanceof InquiryResponse inquiry) {
                RenderedResult.remember(servlet.getServletRequest(), inquiry.result());
            }
        }
        return body;
    }
}
