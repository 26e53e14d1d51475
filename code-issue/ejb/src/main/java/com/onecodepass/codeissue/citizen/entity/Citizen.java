package com.onecodepass.codeissue.citizen.entity;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.code.CodeColour;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A registered person. Holds personal fields only as ciphertext plus what screens may show (masked
 * forms); {@link SealedPersonalData} is how they arrive.
 */
@Entity
@Table(name = "citizen")
@NamedQuery(
    name = Citizen.BY_RESIDENT_ID_INDEX,
    query = "select c from Citizen c where c.residentIdIndex = :index")
@NamedQuery(
    name = Citizen.BY_MOBILE_INDEX,
    query = "select c from Citizen c where c.mobileIndex = :index order by c.id")
public class Citizen {

  public static final String BY_RESIDENT_ID_INDEX = "Citizen.byResidentIdIndex";
  public static final String BY_MOBILE_INDEX = "Citizen.byMobileIndex";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 11, unique = true)
  private String subject;

  @Column(name = "name_cipher", nullable = false, length = 200)
  private byte[] nameCipher;

  @Column(name = "name_masked", nullable = false, length = 40)
  private String nameMasked;

  @Column(name = "resident_id_cipher", nullable = false, length = 64)
  private byte[] residentIdCipher;

  @Column(name = "resident_id_index", nullable = false, length = 32)
  private byte[] residentIdIndex;

  @Column(name = "resident_id_masked", nullable = false, length = 18)
  private String residentIdMasked;

  @Column(name = "mobile_cipher", length = 64)
  private byte[] mobileCipher;

  @Column(name = "mobile_index", length = 32)
  private byte[] mobileIndex;

  @Column(name = "mobile_masked", length = 11)
  private String mobileMasked;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 6)
  private CodeColour colour;

  @Column(name = "colour_since", nullable = false)
  private Instant colourSince;

  @Column(name = "colour_reason", length = 32)
  private String colourReason;

  @Column(name = "test_group", length = 20)
  private String testGroup;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "vaccination_doses", nullable = false)
  private int vaccinationDoses;

  @Version private int version;

  protected Citizen() {}

  public Citizen(String subject, SealedPersonalData sealed, String districtCode, Instant now) {
    this.subject = subject;
    this.nameCipher = sealed.nameCipher();
    this.nameMasked = sealed.nameMasked();
    this.residentIdCipher = sealed.residentIdCipher();
    this.residentIdIndex = sealed.residentIdIndex();
    this.residentIdMasked = sealed.residentIdMasked();
    this.mobileCipher = sealed.mobileCipher();
    this.mobileIndex = sealed.mobileIndex();
    this.mobileMasked = sealed.mobileMasked();
    this.districtCode = districtCode;
    this.colour = CodeColour.GREEN;
    this.colourSince = now;
    this.colourReason = "NONE";
    this.registeredAt = now;
  }

  /**
   * A person held by a family member (a child, an elderly parent): no mobile number, so nobody can
   * sign in as them until they register themselves and {@link #claim} the row.
   */
  public static Citizen dependant(
      String subject, SealedPersonalData sealedWithoutMobile, String districtCode, Instant now) {
    return new Citizen(subject, sealedWithoutMobile, districtCode, now);
  }

  /** Whether someone can sign in as this person (false for a dependant-only row). */
  public boolean hasOwnAccount() {
    return mobileIndex != null;
  }

  /**
   * The person registers themselves on the row a family member created: their own number and
   * district; id, subject, name, colour and history stay. The caller has checked the name (it can
   * decrypt; the row cannot). A person a family member still holds is not taken from them by
   * whoever knows the ID: the holder releases them first by removing them from their family codes,
   * which is the holder's consent (docs/ACCESS.md).
   */
  public void claim(SealedPersonalData sealed, String districtCode, boolean heldByFamily) {
    if (hasOwnAccount()) {
      throw new IllegalStateException("already has an account");
    }
    if (heldByFamily) {
      throw new InvalidInputException(
          "residentId", "residentId.heldByFamily", "a family member holds this person");
    }
    this.mobileCipher = sealed.mobileCipher();
    this.mobileIndex = sealed.mobileIndex();
    this.mobileMasked = sealed.mobileMasked();
    this.districtCode = districtCode;
  }

  /** Keeps the dose count the code page shows in step with the vaccination records. */
  public void vaccinated(int dosesOnRecord) {
    this.vaccinationDoses = dosesOnRecord;
  }

  public int vaccinationDoses() {
    return vaccinationDoses;
  }

  public byte[] nameCipher() {
    return nameCipher;
  }

  public byte[] residentIdCipher() {
    return residentIdCipher;
  }

  /** Null for a dependant without their own account. */
  public byte[] mobileCipher() {
    return mobileCipher;
  }

  /**
   * Takes a new colour; the caller records the change in the history.
   *
   * @return whether the colour actually changed
   */
  public boolean recolour(CodeColour newColour, String reasonCategory, Instant at) {
    boolean changed = newColour != colour;
    if (changed) {
      colour = newColour;
      colourSince = at;
    }
    colourReason = reasonCategory;
    return changed;
  }

  public String colourReason() {
    return colourReason == null ? "NONE" : colourReason;
  }

  public String testGroup() {
    return testGroup;
  }

  public void assignTestGroup(String group) {
    this.testGroup = group;
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String nameMasked() {
    return nameMasked;
  }

  public String residentIdMasked() {
    return residentIdMasked;
  }

  public String mobileMasked() {
    return mobileMasked;
  }

  public String districtCode() {
    return districtCode;
  }

  public CodeColour colour() {
    return colour;
  }

  public Instant colourSince() {
    return colourSince;
  }
}
