package com.onecodepass.codeissue.district.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the city's districts; reference data loaded by migration. */
@Entity
@Cacheable
@Table(name = "district")
public class DistrictRow {

  @Id
  @Column(length = 6)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 20)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 40)
  private String nameEn;

  protected DistrictRow() {}

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
