package com.onecodepass.codeissue.api.appeal;

/** A code override: in force, waiting for a second officer, or turned down by them. */
public enum OverrideStatus {
  PENDING,
  APPLIED,
  REJECTED
}
