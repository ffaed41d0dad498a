package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a programme office's PostgreSQL server holds ParkReview's store, as a user writes it:
 * {@code postgresql://host[:port]/database[?sslmode=…&sslrootcert=…]}, with the user's own role
 * before the host ({@code postgresql://wang@db.office/review}) or taken from the system. Never a
 * password: that is asked for, or read from {@code PGPASSWORD} or {@code ~/.pgpass} by the driver.
 * TLS is required unless the address says otherwise; given a CA certificate, the server's name is
 * checked against it too ({@code verify-full}).
 */
public record ServerAddress(String host, int port, String database, Optional<String> user, String sslMode,
        Optional<String> rootCertificate) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.$-]{0,62}");
    private static final Set<String> SSL_MODES = Set.of("disable", "require", "verify-ca", "verify-full");
    private static final int DEFAULT_PORT = 5432;

    /** Whether a {@code --db} value names a server rather than a file. */
    public static boolean isServer(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://");
    }

    /** Reads an address; anything it cannot take is refused with what is allowed. */
    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw refused(text, "server.addressForm");
        }
        if (!isServer(text) || uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw refused(text, "server.addressForm");
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw refused(text, "server.noPasswordInAddress");
        }
        String database = uri.getPath().substring(1);
        Optional<String> user = Optional.ofNullable(uri.getUserInfo());
        if (!NAME.matcher(database).matches() || user.filter(u -> !NAME.matcher(u).matches()).isPresent()) {
            throw refused(text, "server.addressName");
        }
        Map<String, String> options = options(text, uri.getRawQuery());
        Optional<String> rootCertificate = Optional.ofNullable(options.get("sslrootcert"));
        String sslMode = options.getOrDefault("sslmode", rootCertificate.isPresent() ? "verify-full" : "require");
        if (!SSL_MODES.contains(sslMode)) {
            throw refused(text, "server.sslMode");
        }
        return new ServerAddress(uri.getHost(), uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort(), database, user,
                sslMode, rootCertificate);
    }

    private static Map<String, String> options(String text, String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (!Set.of("sslmode", "sslrootcert").contains(key) || equals < 0 || options.containsKey(key)) {
                throw refused(text, "server.addressOption");
            }
            options.put(key, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return options;
    }

    private static StoreException refused(String text, String key) {
        return new StoreException(StoreException.Kind.NOT_FOUND, AppText.of(key, text), null);
    }

    /** The driver's URL: the address and its TLS settings, never a password. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(database).append("?sslmode=").append(sslMode).append("&ApplicationName=ParkReview");
        rootCertificate.ifPresent(path -> url.append("&sslrootcert=")
                .append(URLEncoder.encode(path, StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** The address as the user wrote it, without any password: what the recent list and messages show. */
    @Override
    public String toString() {
        return "postgresql://" + user.map(u -> u + "@").orElse("") + host + (port == DEFAULT_PORT ? "" : ":" + port)
                + "/" + database + (sslMode.equals("require") ? "" : "?sslmode=" + sslMode);
    }
}
