package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

/**
 * The mail Bazaar sent, read back from the SMTP server it was sent to (GreenMail, started by
 * scripts/services.sh), through that server's HTTP API. Delivery is asynchronous (an MDB sends the
 * mail after the request's transaction commits), so readers wait for it.
 */
public final class Mailbox {

    public static final String API = System.getProperty("bazaar.mail-api.url", "http://127.0.0.1:3180");
    public static final String VERIFY_PAGE = "/verify-email.xhtml";
    public static final String RESET_PAGE = "/reset-password.xhtml";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One received mail: subject and body (quoted-printable soft breaks and escapes undone). */
    public record Mail(String subject, String body) {

        /** The link in this mail to {@code page} of the storefront, with its token. */
        public String link(String page) {
            Matcher link = Pattern.compile("https?://\\S+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+").matcher(body);
            if (!link.find()) {
                throw new AssertionError("No link to " + page + " in: " + body);
            }
            return link.group();
        }

        public String token(String page) {
            String link = link(page);
            return link.substring(link.indexOf("token=") + "token=".length());
        }
    }

    private Mailbox() {
    }

    /** Every mail the address has received so far, oldest first. */
    public static List<Mail> received(String address) {
        var response = Http.getAbsolute(API + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of(); // GreenMail answers 400 for an address that never received mail
        }
        return Http.jsonArray(response).getValuesAs(JsonObject.class).stream()
                .map(m -> new Mail(m.getString("subject", ""), body(m.getString("mimeMessage"))))
                .toList();
    }

    /** Waits until the address has received {@code count} mails and returns the last of them. */
    public static Mail awaitMail(String address, int count) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        List<Mail> mails = received(address);
        while (mails.size() < count) {
            if (Instant.now().isAfter(giveUp)) {
                fail("Expected " + count + " mails to " + address + " within " + PATIENCE.toSeconds() + " s, got " + mails.size());
            }
            sleep();
            mails = received(address);
        }
        return mails.get(count - 1);
    }

    /** Waits until the address has received a mail whose subject contains {@code text}, and returns it. */
    public static Mail awaitSubject(String address, String text) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            for (Mail mail : received(address)) {
                if (mail.subject().contains(text)) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                fail("No mail about '" + text + "' reached " + address + " within " + PATIENCE.toSeconds() + " s");
            }
            sleep();
        }
    }

    private static String body(String mime) {
        int start = mime.indexOf("\r\n\r\n");
        String body = start < 0 ? mime : mime.substring(start + 4);
        if (mime.toLowerCase().contains("content-transfer-encoding: quoted-printable")) {
            body = unquoted(body.replace("=\r\n", ""));
        }
        return body;
    }

    /** A quoted-printable text's =XX escapes as the UTF-8 bytes they stand for ("f=C3=BCr" is "für", "=3D" is "="). */
    private static String unquoted(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length() && HexFormat.isHexDigit(text.charAt(i + 1)) && HexFormat.isHexDigit(text.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
