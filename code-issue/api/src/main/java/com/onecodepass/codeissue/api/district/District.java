package com.onecodepass.codeissue.api.district;

public record District(String code, String nameZh, String nameEn) {}
