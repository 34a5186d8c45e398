package com.wallet.inbox.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates hostile merchant-API requests from a {@link Random}: mutations of a valid sample (fields
 * removed, nulled, retyped, huge, unicode, deeply nested), random JSON documents, truncated or
 * bit-flipped samples, random bytes, and odd methods and content types.
 */
final class FuzzRequests {

    record Probe(String method, String path, @Nullable String contentType, byte[] body) {

        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8).replaceAll("[^\\x20-\\x7e]", "?");
            return method + " " + path + " [" + contentType + "] "
                    + (text.length() > 120 ? text.substring(0, 120) + "...(" + body.length + " bytes)" : text);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIELDS = List.of(
            "accessToken",
            "authClientId",
            "requestId",
            "templateCode",
            "templates",
            "extendInfo",
            "appId",
            "customerBelongsTo",
            "redirectUrl");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/json;charset=UTF-8",
            "application/json; charset=ISO-8859-1",
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "x/y;;;=",
            "application/json;charset=no-such-charset",
            "*/*");

    private final List<String> paths;
    private final Map<String, String> samples;
    private String sample = "{}";

    /** @param samples a valid body for each path, the starting point of the mutations */
    FuzzRequests(Map<String, String> samples) {
        this.paths = List.copyOf(samples.keySet());
        this.samples = samples;
    }

    Probe next(Random random) {
        String path = paths.get(random.nextInt(paths.size()));
        sample = samples.get(path);
        String method = random.nextInt(12) == 0 ? pick(random, List.of("GET", "PUT", "DELETE", "PATCH")) : "POST";
        String contentType = random.nextInt(6) == 0
                ? (random.nextBoolean() ? null : pick(random, CONTENT_TYPES))
                : "application/json";
        return new Probe(method, path, contentType, body(random));
    }

    private byte[] body(Random random) {
        return switch (random.nextInt(7)) {
            case 0, 1 -> bytes(mutatedSample(random));
            case 6 -> deeplyNested(random);
            case 2 -> bytes(value(random, 0));
            case 3 -> truncated(random);
            case 4 -> flipped(random);
            default -> randomBytes(random);
        };
    }

    private JsonNode mutatedSample(Random random) {
        ObjectNode root = (ObjectNode) JSON.readTree(sample);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(root, random);
        }
        return root;
    }

    private void mutate(ObjectNode root, Random random) {
        String field = pick(random, FIELDS);
        switch (random.nextInt(7)) {
            case 0 -> root.remove(field);
            case 1 -> root.putNull(field);
            case 2 -> root.set(field, value(random, 0));
            case 3 -> root.put(field, string(random, 60_000 + random.nextInt(20_000)));
            case 4 -> root.put(field, string(random, random.nextInt(300)));
            case 5 -> mutateTemplates(root, random);
            default -> root.set(string(random, 1 + random.nextInt(10)), value(random, 0));
        }
    }

    private void mutateTemplates(ObjectNode root, Random random) {
        ArrayNode templates = NODES.arrayNode();
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            ObjectNode template = NODES.objectNode();
            template.set(
                    "language",
                    random.nextBoolean()
                            ? NODES.stringNode(pick(random, List.of("en-US", "zh-CN", "EN-us", "en_US", "", "x")))
                            : value(random, 1));
            ObjectNode parameters = NODES.objectNode();
            int names = random.nextInt(4);
            for (int n = 0; n < names; n++) {
                parameters.set(
                        pick(random, List.of("who", "$where", "a.b", "", string(random, 200))),
                        random.nextBoolean()
                                ? NODES.stringNode(string(random, random.nextInt(5000)))
                                : value(random, 1));
            }
            template.set("templateParameters", random.nextInt(5) == 0 ? value(random, 1) : parameters);
            templates.add(random.nextInt(10) == 0 ? value(random, 1) : template);
        }
        root.set("templates", templates);
    }

    /** Any JSON value; the deeper it is, the likelier a leaf, with now and then a very deep chain. */
    private JsonNode value(Random random, int depth) {
        int kind = depth > 4 ? random.nextInt(5) : random.nextInt(8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 ->
                random.nextBoolean()
                        ? NODES.numberNode(random.nextLong())
                        : NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(300)));
            case 3, 4 -> NODES.stringNode(string(random, random.nextInt(64)));
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    array.add(value(random, depth + 1));
                }
                yield array;
            }
            case 6 -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    String key = random.nextBoolean() ? pick(random, FIELDS) : string(random, random.nextInt(8));
                    object.set(key, value(random, depth + 1));
                }
                yield object;
            }
            default -> deepChain(random);
        };
    }

    private JsonNode deepChain(Random random) {
        JsonNode node = NODES.stringNode("deep");
        int depth = 50 + random.nextInt(300);
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean()
                    ? NODES.arrayNode().add(node)
                    : NODES.objectNode().set("templates", node);
        }
        return node;
    }

    /** Letters, digits, punctuation, controls, CJK, RTL, emoji and other valid code points. */
    private static String string(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(6)) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> random.nextInt(0x20);
                case 2 -> 0x4e00 + random.nextInt(0x5000);
                case 3 -> 0x1f600 + random.nextInt(0x50);
                case 4 -> 0x0590 + random.nextInt(0x100);
                default -> randomValidCodePoint(random);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static int randomValidCodePoint(Random random) {
        int codePoint;
        do {
            codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
        } while (Character.getType(codePoint) == Character.SURROGATE);
        return codePoint;
    }

    /** Deeper than a JSON writer would produce, to reach the parser's own nesting limit. */
    private static byte[] deeplyNested(Random random) {
        int depth = 500 + random.nextInt(5000);
        return ("{\"templates\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] truncated(Random random) {
        byte[] whole = sample.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(whole, random.nextInt(whole.length));
    }

    private byte[] flipped(Random random) {
        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        int flips = 1 + random.nextInt(5);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2048)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
