package id.konsultasi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Someone using the running application over real HTTP, as a browser would: a cookie jar of their own
 * (so a session and its CSRF token), a client address of their own (so the per-address submission limit
 * never mixes tests), forms filled from the page they are on and sent the way the page says (multipart
 * uploads included: Tomcat parses them, which MockMvc does not). Redirects are not followed by
 * themselves, so that a test sees where a form leads; {@link Page#follow()} goes there.
 */
public final class HttpVisitor {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String base;
    private final String clientAddress;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpVisitor(int port) {
        this(port, nextAddress());
    }

    private HttpVisitor(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.clientAddress = clientAddress;
    }

    private static String nextAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10.88." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A visitor who is not signed in. */
    public static HttpVisitor anonymous(int port) {
        return new HttpVisitor(port);
    }

    /**
     * A visitor who is not signed in, from the given client address (as the trusted proxy in front of the
     * application reports it): the same person reaching two instances behind one load balancer.
     */
    public static HttpVisitor anonymous(int port, String clientAddress) {
        return new HttpVisitor(port, clientAddress);
    }

    /** A fresh client address, to use on several instances ({@link #anonymous(int, String)}). */
    public static String freshAddress() {
        return nextAddress();
    }

    /** A staff member signed in through the login page ({@code /masuk}) with the given password. */
    public static HttpVisitor signedIn(int port, String username, String password) {
        HttpVisitor visitor = new HttpVisitor(port);
        Page login = visitor.get("/masuk").form("form[action$=/masuk]")
                .set("username", username).set("password", password).submit();
        assertThat(login.status()).as("login of " + username).isEqualTo(302);
        assertThat(login.location()).as("login of " + username).doesNotContain("gagal");
        return visitor;
    }

    /** A demo staff member (see the README's demo logins) signed in with the demo password. */
    public static HttpVisitor demo(int port, String username) {
        return signedIn(port, username, "konsultasi-demo");
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A multipart POST of exactly the given parts (a form's whole content, as {@link Form} builds it). */
    public Page postMultipart(String path, List<Part> parts) {
        return postMultipart(path, parts, Map.of());
    }

    public Page postMultipart(String path, List<Part> parts, Map<String, String> headers) {
        String boundary = "----HttpVisitor" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            if (part.file() != null) {
                head.append("; filename=\"").append(quoted(part.file().filename())).append("\"\r\n")
                        .append("Content-Type: ").append(part.file().contentType());
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.file() != null ? part.file().content() : part.value().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request);
    }

    /** A form-urlencoded POST of the given parts (files are not allowed here). */
    public Page postForm(String path, List<Part> parts, Map<String, String> headers) {
        String body = parts.stream().map(p -> {
            assertThat(p.file()).as("a file in a form that is not multipart").isNull();
            return URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** Chromium writes a field's name and a file's name as UTF-8, escaping only the quote and line breaks. */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private Page send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("X-Forwarded-For", clientAddress);
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Page(this, built.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file to upload. */
    public record Upload(String filename, String contentType, byte[] content) {

        public static Upload pdf(String filename) {
            return new Upload(filename, "application/pdf", TestFiles.pdf());
        }
    }

    /** One field of a form as sent: a value, or a file. */
    public record Part(String name, String value, Upload file) {

        public static Part field(String name, String value) {
            return new Part(name, value, null);
        }

        public static Part file(String name, Upload file) {
            return new Part(name, null, file);
        }
    }

    /** What the server answered. */
    public record Page(HttpVisitor visitor, URI uri, int status, HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Document document() {
            return Jsoup.parse(body(), uri.toString());
        }

        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** Goes where a redirect leads. */
        public Page follow() {
            assertThat(status).as("a redirect from " + uri + ", but: " + status).isBetween(300, 399);
            return visitor.get(uri.resolve(location()).toString());
        }

        /** The form of this page that the selector finds, filled as the page left it. */
        public Form form(String selector) {
            Element form = document().selectFirst(selector);
            assertThat(form).as("a form " + selector + " on " + uri).isNotNull();
            return new Form(visitor, uri, form);
        }
    }

    /**
     * A form filled in as a browser would send it: every named field with its current value (checked boxes
     * and radios only, the selected options), then what the test sets, then the pressed button.
     */
    public static final class Form {

        private final HttpVisitor visitor;
        private final URI page;
        private final Element form;
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, Upload> files = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Element button;
        private String action;

        Form(HttpVisitor visitor, URI page, Element form) {
            this.visitor = visitor;
            this.page = page;
            this.form = form;
            for (Element field : form.select("input[name], select[name], textarea[name]")) {
                if (field.hasAttr("disabled")) {
                    continue;
                }
                String name = field.attr("name");
                String type = field.attr("type").toLowerCase();
                switch (field.tagName()) {
                    case "textarea" -> add(name, field.wholeText());
                    case "select" -> {
                        Elements selected = field.select("option[selected]");
                        Element first = field.selectFirst("option");
                        if (selected.isEmpty() && !field.hasAttr("multiple") && first != null) {
                            selected = new Elements(first);
                        }
                        selected.forEach(o -> add(name, o.hasAttr("value") ? o.attr("value") : o.text()));
                    }
                    default -> {
                        switch (type) {
                            case "submit", "button", "reset", "image", "file" -> {
                            }
                            case "checkbox", "radio" -> {
                                if (field.hasAttr("checked")) {
                                    add(name, field.hasAttr("value") ? field.attr("value") : "on");
                                }
                            }
                            default -> add(name, field.attr("value"));
                        }
                    }
                }
            }
        }

        private void add(String name, String value) {
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        /** Types a value into a field (or chooses a radio), replacing what it held. */
        public Form set(String name, String value) {
            values.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        /** Ticks the boxes of a field with these values, and only them. */
        public Form set(String name, List<String> ticked) {
            values.put(name, new ArrayList<>(ticked));
            return this;
        }

        public Form attach(String name, Upload file) {
            assertThat(form.select("input[type=file][name=" + name + "]")).as("a file field " + name).isNotEmpty();
            files.put(name, file);
            return this;
        }

        /** Sends the form by this button (its name and value, its formaction) instead of the first one. */
        public Form press(String selector) {
            button = form.selectFirst(selector);
            assertThat(button).as("a button " + selector).isNotNull();
            return this;
        }

        /** Sends the form elsewhere, as a script does (htmx's {@code hx-post}). */
        public Form to(String action) {
            this.action = action;
            return this;
        }

        /** A header to send with the form (e.g. {@code HX-Request} when htmx sends it). */
        public Form header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Page submit() {
            List<Part> parts = new ArrayList<>();
            values.forEach((name, list) -> list.forEach(v -> parts.add(Part.field(name, v))));
            if (button != null && button.hasAttr("name")) {
                parts.add(Part.field(button.attr("name"), button.attr("value")));
            }
            boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
            for (Element input : form.select("input[type=file][name]")) {
                Upload file = files.getOrDefault(input.attr("name"), new Upload("", "application/octet-stream", new byte[0]));
                parts.add(Part.file(input.attr("name"), file));
            }
            String to = action != null ? action
                    : button != null && button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
            String target = page.resolve(to.isEmpty() ? page.toString() : to).toString();
            return multipart ? visitor.postMultipart(target, parts, headers) : visitor.postForm(target, parts, headers);
        }
    }
}
