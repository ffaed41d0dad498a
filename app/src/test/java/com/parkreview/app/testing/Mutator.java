package com.parkreview.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.exchange.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Mutations of a valid ParkReview file for fuzz tests, each with a description to repeat it by:
 * byte flips, cuts, insertions, deletions and repeats; JSON-aware changes (values of the wrong
 * kind, fields dropped, added, swapped, lists reordered or repeated, deep nesting); and changes of
 * what the file says. With a signing key, about half of the JSON-aware changes and all changes of
 * content are signed again, as someone holding the expert's key could.
 */
public final class Mutator {

    /** A mutated file and what was done to it. */
    public record Mutant(byte[] content, String description) {
    }

    private static final String[] ODD_TEXT = {"", " ", "4.5", "8.7", "-1", "1e3", "0005", "99999999999999", "NaN",
        "\u0000", "\ud800", "A01", "A99", "E2", "E3", "1.1", "9.9", "\u202e", "𠀀", "\"", "\\", "null",
        "2026-11-20T01:30:00Z", "2026-13-40T99:99:99Z", "3f2a9c01-7b44-4e0d-9a1b-0c2d3e4f5a6b", "parkreview-score"};

    private final Random random;
    private final ObjectNode valid;
    private final byte[] validBytes;
    private final Optional<String> privateKey;

    public Mutator(Random random, ObjectNode valid, Optional<String> privateKey) {
        this.random = random;
        this.valid = valid;
        this.privateKey = privateKey;
        this.validBytes = utf8(signed(valid).orElse(write(valid)));
    }

    public Mutant next() {
        int kind = random.nextInt(10);
        return kind < 4 ? bytes() : kind < 7 ? json() : content();
    }

    /**
     * A change of what the file says — a score, an indicator or applicant code, a text, the kit or
     * expert — signed again with the expert's key, as a laptop with a tampered ParkReview could:
     * only the import's rules stand in its way.
     */
    private Mutant content() {
        ObjectNode document = valid.deepCopy();
        List<Place> places = new ArrayList<>();
        collect(document, places);
        List<Place> texts = places.stream().filter(p -> p.value().isTextual() && !"signature".equals(p.field())
                && !"publicKey".equals(p.field()) && !"format".equals(p.field())).toList();
        Place place = texts.get(random.nextInt(texts.size()));
        String value = random.nextInt(3) == 0
                ? place.value().textValue() + pick(Arrays.asList(ODD_TEXT))
                : pick(Arrays.asList(ODD_TEXT));
        place.replace(JsonNodeFactory.instance.textNode(value));
        return finish(document, place + " := \"" + value + "\"", true);
    }

    /** The document written, signed again when asked and there is a key and a canonical form to sign. */
    private Mutant finish(ObjectNode document, String description, boolean signAgain) {
        if (signAgain) {
            Optional<String> signed = signed(document);
            if (signed.isPresent()) {
                return new Mutant(utf8(signed.get()), description + (privateKey.isPresent() ? ", signed again" : ""));
            }
            description += " (no canonical form to sign)";
        }
        return new Mutant(utf8(write(document)), description);
    }

    private Optional<String> signed(ObjectNode document) {
        if (privateKey.isEmpty()) {
            return Optional.of(write(document));
        }
        try {
            return Optional.of(ScoreFiles.resign(document, privateKey.get()));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private Mutant bytes() {
        byte[] b = validBytes.clone();
        int at = random.nextInt(b.length);
        return switch (random.nextInt(5)) {
            case 0 -> {
                b[at] ^= (byte) (1 << random.nextInt(8));
                yield new Mutant(b, "bit flip at " + at);
            }
            case 1 -> new Mutant(Arrays.copyOf(b, at), "cut at " + at);
            case 2 -> {
                byte[] inserted = new byte[1 + random.nextInt(8)];
                random.nextBytes(inserted);
                yield new Mutant(concat(Arrays.copyOf(b, at), inserted, Arrays.copyOfRange(b, at, b.length)),
                        inserted.length + " random bytes inserted at " + at);
            }
            case 3 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(40));
                yield new Mutant(concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, end, b.length)),
                        "bytes " + at + "-" + end + " deleted");
            }
            default -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(40));
                yield new Mutant(concat(Arrays.copyOf(b, end), Arrays.copyOfRange(b, at, b.length)),
                        "bytes " + at + "-" + end + " repeated");
            }
        };
    }

    private Mutant json() {
        ObjectNode document = valid.deepCopy();
        List<Place> places = new ArrayList<>();
        collect(document, places);
        Place place = places.get(random.nextInt(places.size()));
        String description;
        switch (random.nextInt(7)) {
            case 0 -> {
                JsonNode value = oddValue();
                place.replace(value);
                description = place + " := " + value;
            }
            case 1 -> {
                place.remove();
                description = place + " removed";
            }
            case 2 -> {
                ObjectNode target = place.parentObject().orElse(document);
                String name = random.nextBoolean() ? "extra" : pick(List.of("score", "comment", "applicant", "kitId"));
                target.set(name, oddValue());
                description = "field " + name + " set in " + place.parentPath();
            }
            case 3 -> {
                Place other = places.get(random.nextInt(places.size()));
                JsonNode mine = place.value().deepCopy();
                place.replace(other.value().deepCopy());
                other.replace(mine);
                description = place + " swapped with " + other;
            }
            case 4 -> {
                description = place.shuffleParentArray(random) ? "list around " + place + " reordered"
                        : place + " := " + place.value();
            }
            case 5 -> {
                description = place.duplicateInParentArray() ? "item " + place + " repeated" : place + " unchanged";
            }
            default -> {
                JsonNode deep = JsonNodeFactory.instance.textNode("x");
                for (int i = 0; i < 1 + random.nextInt(100); i++) {
                    ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
                    wrapper.set("a", deep);
                    deep = wrapper;
                }
                place.replace(deep);
                description = place + " := nested object";
            }
        }
        return finish(document, description, random.nextBoolean());
    }

    private JsonNode oddValue() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(8)) {
            case 0 -> f.textNode(pick(Arrays.asList(ODD_TEXT)));
            case 1 -> f.numberNode(random.nextInt(200) - 100);
            case 2 -> f.numberNode(new java.math.BigDecimal(random.nextInt(2000) - 1000).movePointLeft(random.nextInt(3)));
            case 3 -> f.booleanNode(random.nextBoolean());
            case 4 -> f.nullNode();
            case 5 -> f.arrayNode().add(f.textNode("4.5"));
            case 6 -> f.objectNode().put("score", "4.5");
            default -> f.textNode("长".repeat(random.nextInt(3000)));
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String write(ObjectNode document) {
        try {
            return StrictJson.mapper().writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Every value of the document with where it sits: a field of an object or an item of a list. */
    private static void collect(JsonNode node, List<Place> places) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                places.add(new Place(node, field.getKey(), -1));
                collect(field.getValue(), places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(node, null, i));
                collect(node.get(i), places);
            }
        }
    }

    /** A value's place: {@code field} of an object parent, or item {@code index} of a list parent. */
    private record Place(JsonNode parent, String field, int index) {

        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void replace(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else if (index < parent.size()) {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else if (index < parent.size()) {
                ((ArrayNode) parent).remove(index);
            }
        }

        Optional<ObjectNode> parentObject() {
            return parent.isObject() ? Optional.of((ObjectNode) parent) : Optional.empty();
        }

        String parentPath() {
            return parent.isObject() ? "an object" : "a list";
        }

        boolean shuffleParentArray(Random random) {
            if (!parent.isArray() || parent.size() < 2) {
                return false;
            }
            ArrayNode list = (ArrayNode) parent;
            List<JsonNode> items = new ArrayList<>();
            list.forEach(items::add);
            java.util.Collections.shuffle(items, random);
            list.removeAll();
            items.forEach(list::add);
            return true;
        }

        boolean duplicateInParentArray() {
            if (!parent.isArray() || index >= parent.size()) {
                return false;
            }
            ((ArrayNode) parent).add(parent.get(index).deepCopy());
            return true;
        }

        @Override
        public String toString() {
            return field != null ? "." + field : "[" + index + "]";
        }
    }
}
