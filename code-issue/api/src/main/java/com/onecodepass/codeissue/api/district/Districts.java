package com.onecodepass.codeissue.api.district;

import jakarta.ejb.Local;
import java.util.List;

@Local
public interface Districts {

  List<District> all();
}
