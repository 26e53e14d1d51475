import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.control.BlindIndex;
import com.onecodepass.codeissue.citizen.control.DataKeys;
import com.onecodepass.codeissue.citizen.control.FieldCipher;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes bench/city.sh's load files: tab-separated, in LOAD DATA's default format, each written
 * under a temporary name and renamed when complete, so the loader only ever sees whole files. The
 * writer stays at most {@code AHEAD} files ahead of the loader (which deletes what it loaded), so
 * the disk holds a few files, not the city.
 *
 * <p>Citizens: exactly SeedCitizens' people (same resident ids, numbers 170xxxxxxxx, names, colour
 * mix), encrypted and blind-indexed with the application's classes and data keys; binary fields in
 * base64 (the loader decodes them). Citizen number i has id i + 1.
 *
 * <p>Check-ins of one UTC day: citizens uniform over the city, venues Zipf (s = 1, as seed.sh:
 * venue = floor(exp(u ln V))), the city's daily rhythm (seed.sh's: 30 % 07-10 h, 25 % 11-13:30 h,
 * 30 % 17-20 h, 15 % 06-23 h city time = UTC + 8), written in time order, with the application's
 * scan idempotency keys and each citizen's colour and masked name.
 *
 * <pre>
 * java -cp JARS bench/CityGen.java citizens DIR KEYS_FILE COUNT CHUNK FIRST_CHUNK LAST_CHUNK THREADS
 * java -cp JARS bench/CityGen.java checkins DIR CITIZENS VENUES PER_DAY DAY...   (DAY = yyyy-mm-dd)
 * </pre>
 */
public class CityGen {

  static final int AHEAD = 3;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    if (args[0].equals("citizens")) {
      citizens(dir, Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
    } else {
      int citizens = Integer.parseInt(args[2]);
      int venues = Integer.parseInt(args[3]);
      int perDay = Integer.parseInt(args[4]);
      for (int i = 5; i < args.length; i++) {
        checkIns(dir, citizens, venues, perDay, LocalDate.parse(args[i]));
      }
    }
  }

  static void waitForRoom(Path dir, String prefix) throws Exception {
    while (true) {
      try (var files = Files.list(dir)) {
        long pending = files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        if (pending < AHEAD) {
          return;
        }
      }
      Thread.sleep(500);
    }
  }

  static void publish(Path tmp, Path file) throws Exception {
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("wrote %s%n", file.getFileName());
  }

  // ---- citizens ----

  static void citizens(Path dir, Path keysFile, int count, int chunk, int first, int last, int threads)
      throws Exception {
    DataKeys keys = DataKeys.loadOrCreate(keysFile);
    Sealer.selfCheck(keys);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    java.util.List<Future<?>> futures = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                for (int c = first + thread; c <= last; c += threads) {
                  citizenChunk(dir, keys, count, chunk, c);
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  static void citizenChunk(Path dir, DataKeys keys, int count, int chunk, int c) throws Exception {
    Path file = dir.resolve(String.format("citizens-%04d.tsv", c));
    if (Files.exists(file)) {
      return;
    }
    waitForRoom(dir, "citizens-");
    Sealer cipher = new Sealer(keys, c);
    Sealer index = cipher;
    Base64.Encoder b64 = Base64.getEncoder();
    SplittableRandom random = new SplittableRandom(20211220L + c);
    Path tmp = dir.resolve(file.getFileName() + ".tmp");
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(tmp.toFile()), StandardCharsets.UTF_8),
            1 << 20)) {
      int from = c * chunk;
      int to = Math.min(count, from + chunk);
      byte[] subject = new byte[8];
      for (int i = from; i < to; i++) {
        String district = SeedCitizens.DISTRICTS[i % SeedCitizens.DISTRICTS.length];
        ResidentId id = ResidentId.parse(SeedCitizens.residentId(i));
        MobileNumber mobile = MobileNumber.parse("170" + (100_000_000 + i % 100_000_000 + "").substring(1));
        PersonName name = PersonName.parse(name(i));
        for (int b = 0; b < subject.length; b++) {
          subject[b] = (byte) random.nextInt(256);
        }
        String colour = colour(i);
        int roll = roll(i);
        String reason = roll < 5 ? "CLOSE_CONTACT" : roll < 35 ? "COMPANION" : "NONE";
        out.write(Long.toString(i + 1L));
        tab(out, Base64.getUrlEncoder().withoutPadding().encodeToString(subject));
        tab(out, b64.encodeToString(cipher.encrypt(name.value())));
        tab(out, name.masked());
        tab(out, b64.encodeToString(cipher.encrypt(id.value())));
        tab(out, b64.encodeToString(index.of("id:" + id.value())));
        tab(out, id.masked());
        tab(out, b64.encodeToString(cipher.encrypt(mobile.value())));
        tab(out, b64.encodeToString(index.of("mobile:" + mobile.value())));
        tab(out, mobile.masked());
        tab(out, district);
        tab(out, colour);
        tab(out, reason);
        out.write('\n');
      }
    }
    publish(tmp, file);
  }

  /**
   * FieldCipher's and BlindIndex's exact output formats (version byte, 12-byte nonce, AES-256-GCM
   * with the version as AAD; HMAC-SHA256), with one Cipher and one Mac reused for a whole file
   * instead of one looked up per field, and a counter nonce (file number, row counter: unique, which
   * is all GCM asks) instead of SecureRandom: the per-field lookups made 27.81 M people take hours on
   * this box. {@link #selfCheck} proves the application reads what this writes.
   */
  static final class Sealer {
    private final javax.crypto.Cipher cipher;
    private final javax.crypto.Mac mac;
    private final javax.crypto.spec.SecretKeySpec aes;
    private final long file;
    private long counter;

    Sealer(DataKeys keys, long file) throws Exception {
      cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
      aes = new javax.crypto.spec.SecretKeySpec(keys.encryptionKey(), "AES");
      mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(keys.blindIndexKey(), "HmacSHA256"));
      this.file = file;
    }

    byte[] encrypt(String plain) {
      try {
        byte[] nonce = java.nio.ByteBuffer.allocate(12).putInt((int) file).putLong(counter++).array();
        cipher.init(
            javax.crypto.Cipher.ENCRYPT_MODE, aes, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        cipher.updateAAD(new byte[] {1});
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return java.nio.ByteBuffer.allocate(13 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    byte[] of(String value) {
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    static void selfCheck(DataKeys keys) throws Exception {
      Sealer sealer = new Sealer(keys, Integer.MAX_VALUE);
      FieldCipher cipher = keys.cipher();
      BlindIndex index = keys.blindIndex();
      for (String v : new String[] {"王李伟", "610102194001010001", "17000000001"}) {
        if (!cipher.decrypt(sealer.encrypt(v)).equals(v)
            || !java.util.Arrays.equals(sealer.of("id:" + v), index.of("id:" + v))) {
          throw new IllegalStateException("CityGen's sealing differs from the application's");
        }
      }
    }
  }

  static void tab(BufferedWriter out, String s) throws java.io.IOException {
    out.write('\t');
    out.write(s);
  }

  static String name(int i) {
    return ""
        + SeedCitizens.SURNAMES.charAt(i % SeedCitizens.SURNAMES.length())
        + SeedCitizens.GIVEN.charAt((i / 20) % SeedCitizens.GIVEN.length())
        + SeedCitizens.GIVEN.charAt((i / 7) % SeedCitizens.GIVEN.length());
  }

  static int roll(int i) {
    return (int) Math.floorMod(i * 2654435761L, 1000);
  }

  static String colour(int i) {
    int roll = roll(i);
    return roll < 5 ? "RED" : roll < 35 ? "YELLOW" : "GREEN";
  }

  // ---- check-ins ----

  /** A second of the UTC day drawn from the city's rhythm (city time = UTC + 8 h). */
  static int second(SplittableRandom r) {
    int p = r.nextInt(100);
    int cityMinute =
        p < 30 ? 420 + r.nextInt(180)
            : p < 55 ? 660 + r.nextInt(150)
            : p < 85 ? 1020 + r.nextInt(180)
            : 360 + r.nextInt(1020);
    return Math.floorMod(cityMinute - 480, 1440) * 60 + r.nextInt(60);
  }

  static void checkIns(Path dir, int citizens, int venues, int perDay, LocalDate day) throws Exception {
    String tag = day.toString().replace("-", "");
    Path file = dir.resolve("checkins-" + tag + ".tsv");
    if (Files.exists(file)) {
      return;
    }
    waitForRoom(dir, "checkins-");
    SplittableRandom r = new SplittableRandom(day.toEpochDay() * 7919L);
    // counting sort by second: draw how many check-ins each second of the day has, then emit
    int[] perSecond = new int[86_400];
    for (int i = 0; i < perDay; i++) {
      perSecond[second(r)]++;
    }
    double lnVenues = Math.log(venues);
    long dayStart = day.toEpochDay() * 86_400L;
    String date = day.toString();
    Path tmp = dir.resolve(file.getFileName() + ".tmp");
    String[] masked = new String[SeedCitizens.SURNAMES.length() * 24 * 24];
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(tmp.toFile()), StandardCharsets.UTF_8),
            1 << 20)) {
      StringBuilder line = new StringBuilder(128);
      for (int s = 0; s < perSecond.length; s++) {
        String hms = String.format("%s %02d:%02d:%02d.", date, s / 3600, s / 60 % 60, s % 60);
        long bucket = (dayStart + s) / 300;
        for (int k = 0; k < perSecond[s]; k++) {
          int person = r.nextInt(citizens); // citizen number; id = person + 1
          long venue = Math.min(venues, (long) Math.floor(Math.exp(r.nextDouble() * lnVenues)));
          line.setLength(0);
          line.append("s:").append(person + 1).append(':').append(venue).append(':').append(bucket);
          line.append('\t').append(person + 1).append('\t').append(venue);
          line.append('\t').append(hms);
          int ms = r.nextInt(1000);
          if (ms < 100) line.append('0');
          if (ms < 10) line.append('0');
          line.append(ms).append('\t').append(date).append('\t').append(colour(person));
          line.append('\t').append(maskedName(masked, person)).append("\tSCAN\n");
          out.append(line);
        }
      }
    }
    publish(tmp, file);
  }

  static String maskedName(String[] cache, int person) {
    String name = name(person);
    int slot =
        (person % SeedCitizens.SURNAMES.length()) * 576
            + ((person / 20) % 24) * 24
            + (person / 7) % 24;
    if (slot < cache.length && cache[slot] == null) {
      cache[slot] = PersonName.parse(name).masked();
    }
    return slot < cache.length ? cache[slot] : PersonName.parse(name).masked();
  }
}
