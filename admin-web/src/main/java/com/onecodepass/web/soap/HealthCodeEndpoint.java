package com.onecodepass.web.soap;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.integration.boundary.IntegrationService;
import com.onecodepass.web.integration.entity.BatchFields;
import com.onecodepass.web.integration.entity.BatchReceipt;
import com.onecodepass.web.integration.entity.CodeStatusAnswer;
import com.onecodepass.web.integration.entity.Credentials;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.ItemOutcome;
import com.onecodepass.web.integration.entity.ItemReason;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.integration.entity.RiskAreaView;
import com.onecodepass.web.integration.entity.TestResultItem;
import com.onecodepass.web.integration.entity.TokenCheck;
import com.onecodepass.web.integration.entity.TripItem;
import com.onecodepass.web.integration.entity.VaccinationItem;
import com.onecodepass.web.soap.contract.Color;
import com.onecodepass.web.soap.contract.ErrorCode;
import com.onecodepass.web.soap.contract.GetCodeStatus;
import com.onecodepass.web.soap.contract.GetCodeStatusResponse;
import com.onecodepass.web.soap.contract.GetRiskAreas;
import com.onecodepass.web.soap.contract.GetRiskAreasResponse;
import com.onecodepass.web.soap.contract.GetVerificationKeys;
import com.onecodepass.web.soap.contract.GetVerificationKeysResponse;
import com.onecodepass.web.soap.contract.HealthCodePort;
import com.onecodepass.web.soap.contract.IntegrationFault;
import com.onecodepass.web.soap.contract.IntegrationFault_Exception;
import com.onecodepass.web.soap.contract.ItemStatus;
import com.onecodepass.web.soap.contract.RiskArea;
import com.onecodepass.web.soap.contract.RiskLevel;
import com.onecodepass.web.soap.contract.SubmitTestResults;
import com.onecodepass.web.soap.contract.SubmitTestResultsResponse;
import com.onecodepass.web.soap.contract.SubmitTransitTrips;
import com.onecodepass.web.soap.contract.SubmitTransitTripsResponse;
import com.onecodepass.web.soap.contract.SubmitVaccinations;
import com.onecodepass.web.soap.contract.SubmitVaccinationsResponse;
import com.onecodepass.web.soap.contract.TokenError;
import com.onecodepass.web.soap.contract.VerifyToken;
import com.onecodepass.web.soap.contract.VerifyTokenResponse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.function.Supplier;
import javax.xml.namespace.QName;

/**
 * The SOAP face of the integrator API, WSDL-first: the contract is WEB-INF/wsdl (types and port
 * generated from it at build time). Like the REST resources it only translates: documents to the
 * service layer's records, and {@link IntegrationException} to the typed {@code IntegrationFault}.
 * Credentials: HTTP Basic on the request that carries the envelope.
 */
@WebService(
    serviceName = "HealthCodeService",
    portName = "HealthCodePort",
    targetNamespace = "https://onecodepass.example/ws/health-code/v1",
    endpointInterface = "com.onecodepass.web.soap.contract.HealthCodePort",
    wsdlLocation = "WEB-INF/wsdl/HealthCodeService.wsdl")
public class HealthCodeEndpoint implements HealthCodePort {

  private static final BatchFields RESULTS = new BatchFields("idempotencyKey", "result");
  private static final BatchFields VACCINATIONS = new BatchFields("idempotencyKey", "vaccination");
  private static final BatchFields TRIPS = new BatchFields("idempotencyKey", "trip");
  private static final QName CLIENT = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client");
  private static final QName SERVER = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server");

  @EJB IntegrationService service;
  @Resource WebServiceContext context;

  @Override
  public GetVerificationKeysResponse getVerificationKeys(GetVerificationKeys request)
      throws IntegrationFault_Exception {
    GetVerificationKeysResponse response = new GetVerificationKeysResponse();
    response.setJwks(service.verificationKeys());
    return response;
  }

  @Override
  public VerifyTokenResponse verifyToken(VerifyToken request) throws IntegrationFault_Exception {
    TokenCheck check = call(() -> service.verifyToken(credentials(), request.getToken()));
    VerifyTokenResponse response = new VerifyTokenResponse();
    response.setValid(check.valid());
    response.setError(check.error() == null ? null : TokenError.fromValue(check.error()));
    response.setColor(check.colour() == null ? null : Color.fromValue(check.colour()));
    response.setMaskedName(check.maskedName());
    response.setIssuedAt(XmlTimes.xml(check.issuedAt()));
    response.setExpiresAt(XmlTimes.xml(check.expiresAt()));
    return response;
  }

  @Override
  public GetCodeStatusResponse getCodeStatus(GetCodeStatus request)
      throws IntegrationFault_Exception {
    CodeStatusAnswer status =
        call(() -> service.codeStatus(credentials(), request.getResidentId()));
    GetCodeStatusResponse response = new GetCodeStatusResponse();
    response.setColor(Color.fromValue(status.colour()));
    response.setColorSince(XmlTimes.xml(status.colourSince()));
    response.setReasonCategory(status.reasonCategory());
    response.setMaskedName(status.maskedName());
    response.setMaskedResidentId(status.maskedResidentId());
    return response;
  }

  @Override
  public SubmitTestResultsResponse submitTestResults(SubmitTestResults request)
      throws IntegrationFault_Exception {
    var items =
        request.getResult().stream()
            .map(
                r ->
                    new TestResultItem(
                        r.getResidentId(),
                        r.getTubeBarcode(),
                        r.getOutcome() == null ? null : r.getOutcome().value(),
                        XmlTimes.text(r.getSampleTime()),
                        XmlTimes.text(r.getResultTime()),
                        r.getLab()))
            .toList();
    BatchReceipt receipt =
        call(
            () ->
                service.submitTestResults(
                    credentials(), RESULTS, request.getIdempotencyKey(), items));
    SubmitTestResultsResponse response = new SubmitTestResultsResponse();
    response.setReceipt(receipt(receipt));
    return response;
  }

  @Override
  public SubmitVaccinationsResponse submitVaccinations(SubmitVaccinations request)
      throws IntegrationFault_Exception {
    var items =
        request.getVaccination().stream()
            .map(
                v ->
                    new VaccinationItem(
                        v.getResidentId(),
                        v.getVaccine(),
                        v.getDose(),
                        XmlTimes.text(v.getAdministeredAt()),
                        v.getSite()))
            .toList();
    BatchReceipt receipt =
        call(
            () ->
                service.submitVaccinations(
                    credentials(), VACCINATIONS, request.getIdempotencyKey(), items));
    SubmitVaccinationsResponse response = new SubmitVaccinationsResponse();
    response.setReceipt(receipt(receipt));
    return response;
  }

  @Override
  public SubmitTransitTripsResponse submitTransitTrips(SubmitTransitTrips request)
      throws IntegrationFault_Exception {
    var items =
        request.getTrip().stream()
            .map(
                t ->
                    new TripItem(
                        t.getResidentId(),
                        t.getLine(),
                        t.getVehicle(),
                        XmlTimes.text(t.getBoardedAt()),
                        t.getBoardingStop(),
                        XmlTimes.text(t.getAlightedAt()),
                        t.getAlightingStop()))
            .toList();
    BatchReceipt receipt =
        call(() -> service.submitTrips(credentials(), TRIPS, request.getIdempotencyKey(), items));
    SubmitTransitTripsResponse response = new SubmitTransitTripsResponse();
    response.setReceipt(receipt(receipt));
    return response;
  }

  @Override
  public GetRiskAreasResponse getRiskAreas(GetRiskAreas request) throws IntegrationFault_Exception {
    GetRiskAreasResponse response = new GetRiskAreasResponse();
    for (RiskAreaView a : call(() -> service.riskAreas(credentials()))) {
      RiskArea area = new RiskArea();
      area.setId(a.id());
      area.setDistrictCode(a.districtCode());
      area.setName(a.name());
      area.setLevel(RiskLevel.fromValue(a.level()));
      area.setEffectiveFrom(XmlTimes.xml(a.effectiveFrom()));
      area.setEffectiveUntil(XmlTimes.xml(a.effectiveUntil()));
      response.getArea().add(area);
    }
    return response;
  }

  private Credentials credentials() {
    HttpServletRequest http =
        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    return Credentials.fromBasic(http.getHeader("Authorization"), ClientAddress.of(http));
  }

  private static com.onecodepass.web.soap.contract.BatchReceipt receipt(BatchReceipt receipt) {
    var xml = new com.onecodepass.web.soap.contract.BatchReceipt();
    xml.setIdempotencyKey(receipt.idempotencyKey());
    xml.setAccepted(receipt.accepted());
    xml.setRejected(receipt.rejected());
    for (ItemOutcome item : receipt.items()) {
      var outcome = new com.onecodepass.web.soap.contract.ItemOutcome();
      outcome.setIndex(item.index());
      outcome.setStatus(ItemStatus.fromValue(item.status()));
      outcome.setReason(
          item.reason() == null
              ? null
              : com.onecodepass.web.soap.contract.ItemReason.fromValue(
                  ItemReason.ofCode(item.reason()).code()));
      xml.getItem().add(outcome);
    }
    return xml;
  }

  /**
   * The one translation of the service layer's refusals into the typed fault: {@code soap:Client}
   * for the caller's errors, {@code soap:Server} for ours. JAX-WS has no way to set the fault code
   * of a declared fault exception, so the fault is built here whole (code, string and the {@code
   * IntegrationFault} detail that clients map to their typed exception) and thrown as such.
   */
  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (IntegrationException e) {
      Problem problem = e.problem();
      IntegrationFault fault = new IntegrationFault();
      fault.setCode(errorCode(problem));
      fault.setStatus(problem.status());
      fault.setDetail(e.getMessage());
      fault.setField(e.field());
      if (e.retryAfterSeconds() > 0) {
        fault.setRetryAfterSeconds((int) e.retryAfterSeconds());
      }
      throw soapFault(problem, fault);
    }
  }

  private static SOAPFaultException soapFault(Problem problem, IntegrationFault detail) {
    try {
      SOAPFault fault =
          SOAPFactory.newInstance()
              .createFault(problem.title(), problem.status() < 500 ? CLIENT : SERVER);
      FaultDetail.CONTEXT.createMarshaller().marshal(detail, fault.addDetail());
      return new SOAPFaultException(fault);
    } catch (SOAPException | JAXBException e) {
      throw new IllegalStateException("cannot build the SOAP fault", e);
    }
  }

  /** Created on first use: a JAXB context is expensive and thread-safe. */
  private static final class FaultDetail {
    static final JAXBContext CONTEXT;

    static {
      try {
        CONTEXT = JAXBContext.newInstance(IntegrationFault.class);
      } catch (JAXBException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  private static ErrorCode errorCode(Problem problem) {
    for (ErrorCode code : ErrorCode.values()) {
      if (code.value().equals(problem.code())) {
        return code;
      }
    }
    return ErrorCode.MALFORMED_REQUEST;
  }
}
