package com.wallet.inbox.app.signing;

import com.wallet.inbox.app.web.MerchantResponses;
import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v2/keys/service-public-key}: the key with which merchants verify signed answers. */
@RestController
class ServiceKeyController {

    private final ServiceKeys keys;

    ServiceKeyController(ServiceKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/v2/keys/service-public-key")
    ResponseEntity<Map<String, Object>> publicKey() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", Result.of(ResultCode.SUCCESS));
        body.put("algorithm", SignatureHeader.RSA256);
        body.put("keyVersion", ServiceKeys.KEY_VERSION);
        body.put("publicKey", keys.publicKeyBase64());
        return MerchantResponses.ok(body);
    }
}
