package com.onecodepass.codeissue.api;

public record District(String code, String nameZh, String nameEn) {}
