import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.token.control.CodeToken;
import com.onecodepass.codeissue.token.control.KeyRing;
import com.onecodepass.codeissue.token.control.TokenCodec;
import com.onecodepass.codeissue.token.control.TokenType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers N active bench venues and writes their poster tokens, signed with the node's own key
 * directory exactly as the poster page signs them (the bench needs many venues' codes, and the
 * staff pages hand them out one poster at a time).
 *
 * usage: java -cp <jars> bench/VenueTokens.java JDBC_URL USER PASSWORD KEY_DIR N OUT_FILE
 */
public class VenueTokens {
  public static void main(String[] args) throws Exception {
    KeyRing ring = KeyRing.loadFrom(Path.of(args[3]));
    int n = Integer.parseInt(args[4]);
    Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
    List<String> tokens = new ArrayList<>();
    java.security.SecureRandom random = new java.security.SecureRandom();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
        java.sql.PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO venue (public_code, name, category, address, district_code, status,"
                    + " created_at) VALUES (?, ?, 'SUPERMARKET', 'Bench road', '610113', 'ACTIVE', ?)")) {
      for (int i = 0; i < n; i++) {
        String code = CodeToken.randomSubject();
        insert.setString(1, code);
        insert.setString(2, "压测超市 " + (i + 1));
        insert.setTimestamp(3, java.sql.Timestamp.from(Instant.now()));
        insert.executeUpdate();
        var key = ring.active();
        tokens.add(
            TokenCodec.sign(
                new CodeToken(
                    TokenType.VENUE, CodeColour.GREEN, code, "", today, today.plus(Duration.ofDays(3650)), key.kid()),
                key));
      }
    }
    Files.write(Path.of(args[5]), tokens);
    System.out.println(tokens.size() + " venue tokens");
  }
}
