package com.onecodepass.codeissue.api.district;

import com.onecodepass.platform.api.DistrictCode;

public record District(DistrictCode code, String nameZh, String nameEn) {}
