package com.onecodepass.codeissue.citizen.entity;

/** Personal fields after encryption and blind indexing, ready to store. */
public record SealedPersonalData(
    byte[] nameCipher,
    String nameMasked,
    byte[] residentIdCipher,
    byte[] residentIdIndex,
    String residentIdMasked,
    byte[] mobileCipher,
    byte[] mobileIndex,
    String mobileMasked) {}
