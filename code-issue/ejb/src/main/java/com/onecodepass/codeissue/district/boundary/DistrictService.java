package com.onecodepass.codeissue.district.boundary;

import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.codeissue.api.district.Districts;
import com.onecodepass.codeissue.district.control.DistrictRows;
import com.onecodepass.platform.api.DistrictCode;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;

/** The 13 districts change by migration only, so one read per node is enough. */
@Singleton
@Lock(LockType.READ)
public class DistrictService implements Districts {

  @Inject DistrictRows rows;

  private volatile List<District> all;

  @Override
  public List<District> all() {
    if (all == null) {
      all =
          rows.byCode().stream()
              .map(d -> new District(DistrictCode.of(d.code()), d.nameZh(), d.nameEn()))
              .toList();
    }
    return all;
  }
}
