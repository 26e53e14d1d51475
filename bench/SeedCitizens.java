import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.control.BlindIndex;
import com.onecodepass.codeissue.citizen.control.DataKeys;
import com.onecodepass.codeissue.citizen.control.FieldCipher;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seeds N citizens straight into the database with exactly the application's encryption and
 * blind indexes (same classes, same data keys), so the server can sign them in and show their
 * codes. Mobile numbers are 170 followed by the 8-digit sequence number; colours follow an
 * outbreak-day mix (~96.5% green, 3% yellow, 0.5% red).
 *
 * usage: java -cp <jars> bench/SeedCitizens.java JDBC_URL USER PASSWORD DATA_KEYS_FILE COUNT [FROM]
 * (FROM: the first sequence number, to add to an earlier seeding; threads: env SEED_THREADS, 2)
 */
public class SeedCitizens {

  static final String[] DISTRICTS = {
    "610102", "610103", "610104", "610111", "610112", "610113", "610114", "610115", "610116",
    "610117", "610118", "610122", "610124"
  };
  static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂";

  /** The resident ID of seeded citizen number i (0-based), the same on every run. */
  static String residentId(int i) {
    String district = DISTRICTS[i % DISTRICTS.length];
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(Math.floorMod(i * 7919L, 365 * 80));
    // birth x sequence is unique for up to 29.2M people per district cycle
    String first17 =
        district + birth.toString().replace("-", "") + String.format("%03d", (i / 29_200) % 1000);
    return first17 + ResidentId.checkDigitFor(first17);
  }

  /**
   * usage: SeedCitizens --import-csv FILE ROWS CITIZENS — writes a result-import file of ROWS
   * individual results for the first CITIZENS seeded citizens: one row a person a day (sampled
   * 08:00-20:00 city time on the last ROWS/CITIZENS days), 1 in 1000 positive.
   */
  static void importCsv(String file, int rows, int citizens) throws Exception {
    int days = Math.max(1, (rows + citizens - 1) / citizens);
    LocalDate today = LocalDate.now(CityClock.ZONE);
    try (var out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(file), java.nio.charset.StandardCharsets.UTF_8),
            1 << 20)) {
      out.write("lab,resident_id,tube,sample_time,result\n");
      for (int r = 0; r < rows; r++) {
        int person = r % citizens;
        LocalDate day = today.minusDays(1 + r / citizens);
        int minute = 8 * 60 + Math.floorMod(person * 31, 12 * 60);
        out.write(
            String.format(
                "西安市第%d检测中心,%s,,%s %02d:%02d,%s%n",
                1 + person % 7,
                residentId(person),
                day,
                minute / 60,
                minute % 60,
                Math.floorMod(r * 2654435761L, 1000) == 0 ? "POSITIVE" : "NEGATIVE"));
      }
    }
    System.out.printf("wrote %,d rows for %,d citizens over %d days to %s%n", rows, citizens, days, file);
  }

  /**
   * usage: SeedCitizens --round-csv FILE TUBES RETESTS CITIZENS — a testing round's results file:
   * one row per pooled tube RD000000000.. (bench/round.sh puts the first TUBES x 10 seeded people in
   * them; 1 tube in 1,000 positive), then RETESTS individual results spread over the CITIZENS seeded
   * people (1 in 1,000 positive), all sampled in the last hours.
   */
  static void roundCsv(String file, int tubes, int retests, int citizens) throws Exception {
    LocalDate today = LocalDate.now(CityClock.ZONE);
    try (var out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(file), java.nio.charset.StandardCharsets.UTF_8),
            1 << 20)) {
      out.write("lab,resident_id,tube,sample_time,result\n");
      for (int t = 0; t < tubes; t++) {
        int minute = 7 * 60 + Math.floorMod(t * 31, 12 * 60);
        out.write(
            String.format(
                "西安市第%d检测中心,,RD%09d,%s %02d:%02d,%s%n",
                1 + t % 7,
                t,
                today.minusDays(1),
                minute / 60,
                minute % 60,
                Math.floorMod(t * 2654435761L, 1000) == 0 ? "POSITIVE" : "NEGATIVE"));
      }
      for (int r = 0; r < retests; r++) {
        int person = (int) ((r * 20L + 7) % citizens);
        int minute = 8 * 60 + Math.floorMod(r * 17, 12 * 60);
        out.write(
            String.format(
                "西安市第%d检测中心,%s,,%s %02d:%02d,%s%n",
                1 + r % 7,
                residentId(person),
                today.minusDays(1), // a time later today would be refused as in the future
                minute / 60,
                minute % 60,
                Math.floorMod(r * 2654435761L, 1000) == 1 ? "POSITIVE" : "NEGATIVE"));
      }
    }
    System.out.printf("wrote %,d tube rows and %,d retests to %s%n", tubes, retests, file);
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--round-csv")) {
      roundCsv(
          args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    if (args[0].equals("--resident-id")) { // seeded citizen number N's resident ID (city.sh too)
      System.out.println(residentId(Integer.parseInt(args[1])));
      return;
    }
    if (args[0].equals("--bcrypt")) { // a staff password hash as the Elytron realm reads it
      byte[] salt = new byte[16];
      new SecureRandom().nextBytes(salt);
      System.out.println(
          org.bouncycastle.crypto.generators.OpenBSDBCrypt.generate("2a", args[1].toCharArray(), salt, 10));
      return;
    }
    if (args[0].equals("--import-csv")) {
      importCsv(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      return;
    }
    String url = args[0];
    String user = args[1];
    String password = args[2];
    DataKeys keys = DataKeys.loadOrCreate(Path.of(args[3]));
    int count = Integer.parseInt(args[4]);
    int from = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    int threads = Integer.parseInt(System.getenv().getOrDefault("SEED_THREADS", "2"));
    int chunk = 2000;
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    java.util.List<Future<?>> futures = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                FieldCipher cipher = keys.cipher();
                BlindIndex index = keys.blindIndex();
                SecureRandom random = new SecureRandom();
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                  c.setAutoCommit(false);
                  PreparedStatement insert =
                      c.prepareStatement(
                          "INSERT INTO citizen (subject, name_cipher, name_masked, resident_id_cipher,"
                              + " resident_id_index, resident_id_masked, mobile_cipher, mobile_index,"
                              + " mobile_masked, district_code, colour, colour_since, registered_at,"
                              + " version, colour_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)");
                  Timestamp now = Timestamp.from(Instant.now());
                  for (int i = from + thread; i < count; i += threads) {
                    String district = DISTRICTS[i % DISTRICTS.length];
                    ResidentId id = ResidentId.parse(residentId(i));
                    MobileNumber mobile = MobileNumber.parse(String.format("170%08d", i));
                    PersonName name =
                        PersonName.parse(
                            "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt((i / 20) % GIVEN.length()) + GIVEN.charAt((i / 7) % GIVEN.length()));
                    byte[] subject = new byte[8];
                    random.nextBytes(subject);
                    int roll = Math.floorMod(i * 2654435761L, 1000);
                    String colour = roll < 5 ? "RED" : roll < 35 ? "YELLOW" : "GREEN";
                    String reason = roll < 5 ? "CLOSE_CONTACT" : roll < 35 ? "COMPANION" : "NONE";
                    insert.setString(1, Base64.getUrlEncoder().withoutPadding().encodeToString(subject));
                    insert.setBytes(2, cipher.encrypt(name.value()));
                    insert.setString(3, name.masked());
                    insert.setBytes(4, cipher.encrypt(id.value()));
                    insert.setBytes(5, index.of("id:" + id.value()));
                    insert.setString(6, id.masked());
                    insert.setBytes(7, cipher.encrypt(mobile.value()));
                    insert.setBytes(8, index.of("mobile:" + mobile.value()));
                    insert.setString(9, mobile.masked());
                    insert.setString(10, district);
                    insert.setString(11, colour);
                    insert.setTimestamp(12, now);
                    insert.setTimestamp(13, now);
                    insert.setString(14, reason);
                    insert.addBatch();
                    if ((i / threads) % chunk == chunk - 1) {
                      insert.executeBatch();
                      c.commit();
                      long n = done.addAndGet(chunk);
                      if (n % 100_000 < chunk) {
                        System.out.printf("  %,d citizens (%.0f s)%n", n, (System.nanoTime() - start) / 1e9);
                      }
                    }
                  }
                  insert.executeBatch();
                  c.commit();
                } catch (Exception e) {
                  throw new RuntimeException(e);
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow(); // a failed thread must not leave the others (and the JVM) running
    }
    System.out.printf(
        "seeded %,d citizens in %.1f s%n", count - from, (System.nanoTime() - start) / 1e9);
  }
}
