package com.onecodepass.codeissue.citizen.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Properties;

/**
 * The two secrets protecting personal data: the field encryption key and the blind-index key. They
 * must differ, so leaking the index key alone does not also decrypt the data. Accessors hand out
 * copies so no caller can alter the keys in place.
 */
public record DataKeys(byte[] encryptionKey, byte[] blindIndexKey) {

  private static final int KEY_BYTES = 32;

  public DataKeys {
    encryptionKey = checked(encryptionKey, "encryption");
    blindIndexKey = checked(blindIndexKey, "blind index");
    if (MessageDigest.isEqual(encryptionKey, blindIndexKey)) {
      throw new IllegalArgumentException("Encryption and blind index keys must differ");
    }
  }

  public static DataKeys fromBase64(String encKeyB64, String indexKeyB64) {
    return new DataKeys(decode(encKeyB64, "encryption"), decode(indexKeyB64, "blind index"));
  }

  /**
   * For demo mode: reads {@code encryption=} and {@code blindIndex=} from file, creating it with
   * fresh random keys (owner-only where the filesystem allows) if it does not exist.
   */
  public static DataKeys loadOrCreate(Path file) {
    if (!Files.exists(file)) {
      try {
        create(file);
      } catch (FileAlreadyExistsException raced) {
        // Another node or thread created it first; use theirs.
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create data key file " + file, e);
      }
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read data key file " + file, e);
    }
    return fromBase64(p.getProperty("encryption"), p.getProperty("blindIndex"));
  }

  public FieldCipher cipher() {
    return new FieldCipher(encryptionKey);
  }

  public BlindIndex blindIndex() {
    return new BlindIndex(blindIndexKey);
  }

  @Override
  public byte[] encryptionKey() {
    return encryptionKey.clone();
  }

  @Override
  public byte[] blindIndexKey() {
    return blindIndexKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataKeys other
        && Arrays.equals(encryptionKey, other.encryptionKey)
        && Arrays.equals(blindIndexKey, other.blindIndexKey);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(encryptionKey) + Arrays.hashCode(blindIndexKey);
  }

  @Override
  public String toString() {
    return "DataKeys[redacted]";
  }

  private static byte[] checked(byte[] key, String name) {
    if (Objects.requireNonNull(key, name + " key").length != KEY_BYTES) {
      throw new IllegalArgumentException("The " + name + " key must be 32 bytes");
    }
    return key.clone();
  }

  private static byte[] decode(String b64, String name) {
    if (b64 == null || b64.isBlank()) {
      throw new IllegalArgumentException("The " + name + " key is missing");
    }
    try {
      return Base64.getDecoder().decode(b64.strip());
    } catch (IllegalArgumentException e) {
      // Rethrown without the cause: its message can quote part of the key.
      throw new IllegalArgumentException("The " + name + " key is not valid base64");
    }
  }

  private static void create(Path file) throws IOException {
    SecureRandom random = new SecureRandom();
    byte[] enc = new byte[KEY_BYTES];
    byte[] index = new byte[KEY_BYTES];
    random.nextBytes(enc);
    random.nextBytes(index);
    Base64.Encoder b64 = Base64.getEncoder();
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Written aside and moved into place (never replacing), so a reader never sees a half-written
    // file and a concurrent creator gets FileAlreadyExistsException instead of swapping keys.
    Path tmp = Files.createTempFile(dir, "datakeys", ".tmp", ownerOnly(dir));
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
        out.write("# One Code Pass personal-data keys. Losing them loses the data; keep secret.\n");
        out.write("encryption=" + b64.encodeToString(enc) + "\n");
        out.write("blindIndex=" + b64.encodeToString(index) + "\n");
      }
      Files.move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }
}
