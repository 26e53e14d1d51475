package com.onecodepass.codeissue.api;

import jakarta.ejb.Local;
import java.util.List;

@Local
public interface Districts {

  List<District> all();
}
