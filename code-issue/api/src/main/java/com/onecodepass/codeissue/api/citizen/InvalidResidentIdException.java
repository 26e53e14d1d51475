package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;

public class InvalidResidentIdException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final ResidentIdProblem problem;

  public InvalidResidentIdException(ResidentIdProblem problem) {
    super("residentId", problem.messageKey(), "Invalid resident identity number: " + problem);
    this.problem = problem;
  }

  public ResidentIdProblem problem() {
    return problem;
  }
}
