package io.opencenter.installer.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One value in the SOPS format: AES-256-GCM with a 32-byte IV and the value's path as additional data, written as
 * {@code ENC[AES256_GCM,data:…,iv:…,tag:…,type:str|int|float|bool]}. Also the bytes a value adds to the MAC, which
 * are the same bytes that get encrypted (sops' {@code ToBytes}: Go's number formats, {@code True}/{@code False}).
 */
final class SopsValues {
    private static final int IV_BYTES = 32;
    private static final int TAG_BITS = 128;
    private static final Pattern ENC = Pattern.compile(
            "^ENC\\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\\]");

    private SopsValues() {}

    /** The bytes sops hashes (and encrypts) for a scalar leaf; {@code additionalData} is its path, for errors. */
    static byte[] bytesOf(JsonNode leaf, String additionalData) {
        return text(leaf, additionalData).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code ENC[…]} for a scalar leaf; an empty string stays empty, as sops leaves it. */
    static String encrypt(JsonNode leaf, byte[] dataKey, String additionalData, SecureRandom random) {
        String plaintext = text(leaf, additionalData);
        if (leaf.isTextual() && plaintext.isEmpty()) {
            return "";
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            gcm.updateAAD(additionalData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = gcm.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            int split = sealed.length - TAG_BITS / 8;
            Base64.Encoder b64 = Base64.getEncoder();
            return "ENC[AES256_GCM,data:" + b64.encodeToString(Arrays.copyOf(sealed, split))
                    + ",iv:" + b64.encodeToString(iv)
                    + ",tag:" + b64.encodeToString(Arrays.copyOfRange(sealed, split, sealed.length))
                    + ",type:" + typeOf(leaf) + "]";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime: "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * The plaintext of an {@code ENC[…]} value as the node of its type. {@code where} names the value in errors
     * (file and path of keys), never its content.
     */
    static JsonNode decrypt(String value, byte[] dataKey, String additionalData, String where) {
        if (value.isEmpty()) {
            return TextNode.valueOf("");
        }
        Matcher m = ENC.matcher(value);
        if (!m.find()) {
            throw new SopsException(where + " is not an encrypted value (ENC[AES256_GCM,…]) although the file's "
                    + "rules say it should be: the file was edited by hand; encrypt it again");
        }
        byte[] plain;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] data = b64.decode(m.group(1));
            byte[] iv = b64.decode(m.group(2));
            byte[] tag = b64.decode(m.group(3));
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            gcm.updateAAD(additionalData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = Arrays.copyOf(data, data.length + tag.length);
            System.arraycopy(tag, 0, sealed, data.length, tag.length);
            plain = gcm.doFinal(sealed);
        } catch (IllegalArgumentException e) {
            throw new SopsException(where + " has a malformed ENC[…] value (bad base64): the file was damaged; "
                    + "encrypt it again");
        } catch (AEADBadTagException e) {
            throw new SopsException(where + " does not decrypt (authentication tag mismatch): the value or its "
                    + "place in the file was changed after encryption; encrypt the file again");
        } catch (GeneralSecurityException e) {
            throw new SopsException(where + " does not decrypt (" + e.getClass().getSimpleName() + "): the file was "
                    + "damaged; encrypt it again");
        }
        return typed(new String(plain, StandardCharsets.UTF_8), m.group(4), where);
    }

    private static JsonNode typed(String text, String type, String where) {
        try {
            return switch (type) {
                case "str", "bytes", "time" -> TextNode.valueOf(text);
                case "int" -> {
                    long n = Long.parseLong(text);
                    yield n == (int) n ? IntNode.valueOf((int) n) : LongNode.valueOf(n);
                }
                case "float" -> DoubleNode.valueOf(parseGoFloat(text));
                case "bool" -> BooleanNode.valueOf(parseGoBool(text));
                default -> throw new SopsException(where + " has the unknown value type '" + type
                        + "': it was written by a newer sops; decrypt it with sops");
            };
        } catch (NumberFormatException e) {
            throw new SopsException(where + " is of type " + type + " but its plaintext is not one: the file was "
                    + "written by a broken tool; encrypt it again");
        }
    }

    private static String typeOf(JsonNode leaf) {
        if (leaf.isTextual()) {
            return "str";
        }
        if (leaf.isBoolean()) {
            return "bool";
        }
        return leaf.isIntegralNumber() ? "int" : "float";
    }

    /** Go's strconv formats: Itoa, FormatFloat(f, 'f', -1, 64), and Python-style True/False. */
    private static String text(JsonNode leaf, String additionalData) {
        // "data:password:" names the value as data.password
        String path = additionalData.replaceAll(":$", "").replace(':', '.');
        if (leaf.isTextual()) {
            return leaf.textValue();
        }
        if (leaf.isBoolean()) {
            return leaf.booleanValue() ? "True" : "False";
        }
        if (leaf.isIntegralNumber()) {
            if (!leaf.canConvertToLong()) {
                throw new SopsException("the value at " + path + " is an integer beyond 64 bits, which sops cannot "
                        + "hold: quote it to make it a string");
            }
            return Long.toString(leaf.longValue());
        }
        if (leaf.isNumber()) {
            return goFloat(leaf.doubleValue());
        }
        throw new SopsException("the value at " + path + " is of a YAML type sops does not hold ("
                + leaf.getNodeType() + "): use a string, number or boolean");
    }

    private static String goFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        // Double.toString is the shortest representation that reads back to d, as Go's precision -1 is.
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static double parseGoFloat(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return switch (t.startsWith("+") ? t.substring(1) : t) {
            case "nan" -> Double.NaN;
            case "inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static boolean parseGoBool(String text) {
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw new NumberFormatException("not a Go bool");
        };
    }
}
