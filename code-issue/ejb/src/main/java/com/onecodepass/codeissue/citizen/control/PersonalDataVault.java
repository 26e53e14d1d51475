package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.entity.SealedPersonalData;
import com.onecodepass.codeissue.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Encrypts personal fields for storage and computes their blind indexes. Production keys come from
 * {@code ocp.data.key} and {@code ocp.index.key} (base64, 32 bytes each, e.g. from the
 * environment); demo mode keeps generated keys in the data folder.
 */
@ApplicationScoped
public class PersonalDataVault {

  private FieldCipher cipher;
  private BlindIndex index;

  @PostConstruct
  void loadKeys() {
    DataKeys keys =
        Settings.get("ocp.data.key").isPresent() || !Settings.demoMode()
            ? DataKeys.fromBase64(
                Settings.get("ocp.data.key").orElseThrow(() -> missing("ocp.data.key")),
                Settings.get("ocp.index.key").orElseThrow(() -> missing("ocp.index.key")))
            : DataKeys.loadOrCreate(
                Settings.dataDir().resolve("keys").resolve("data-keys.properties"));
    cipher = new FieldCipher(keys.encryptionKey());
    index = new BlindIndex(keys.blindIndexKey());
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException(name + " is not set; production needs the data keys");
  }

  public SealedPersonalData seal(PersonName name, ResidentId residentId, MobileNumber mobile) {
    return new SealedPersonalData(
        cipher.encrypt(name.value()),
        name.masked(),
        cipher.encrypt(residentId.value()),
        indexOf(residentId),
        residentId.masked(),
        cipher.encrypt(mobile.value()),
        indexOf(mobile),
        mobile.masked());
  }

  /** A dependant's fields: no mobile number until the person registers themselves. */
  public SealedPersonalData sealWithoutMobile(PersonName name, ResidentId residentId) {
    return new SealedPersonalData(
        cipher.encrypt(name.value()),
        name.masked(),
        cipher.encrypt(residentId.value()),
        indexOf(residentId),
        residentId.masked(),
        null,
        null,
        null);
  }

  public byte[] indexOf(ResidentId residentId) {
    return index.of("id:" + residentId.value());
  }

  public byte[] indexOf(MobileNumber mobile) {
    return index.of("mobile:" + mobile.value());
  }

  /** Whether the sealed name is {@code name}: how a person shows they are the one on a row. */
  public boolean isName(byte[] sealedName, PersonName name) {
    return decrypt(sealedName).equals(name.value());
  }

  public String decrypt(byte[] sealed) {
    return cipher.decrypt(sealed);
  }
}
