package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.payment.application.BalanceView;
import dev.bazaar.payment.application.CommissionDayView;
import dev.bazaar.payment.application.DailyMoney;
import dev.bazaar.payment.application.DayReconciliationView;
import dev.bazaar.payment.application.LedgerEntryView;
import dev.bazaar.payment.application.MoneyDesk;
import dev.bazaar.payment.application.MovementInput;
import dev.bazaar.payment.application.MovementView;
import dev.bazaar.payment.application.PausedShopView;
import dev.bazaar.payment.application.PayoutRun;
import dev.bazaar.payment.application.ReconciliationView;
import dev.bazaar.payment.application.ShopMoney;
import dev.bazaar.payment.application.ShopStatements;
import dev.bazaar.payment.application.ShopTransfers;
import dev.bazaar.payment.application.StatementView;
import dev.bazaar.payment.application.StripeAccountView;
import dev.bazaar.payment.application.StripeAccounts;
import dev.bazaar.payment.application.TransferView;
import dev.bazaar.payment.domain.LedgerKind;
import dev.bazaar.payment.domain.PayoutState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The shops' money for platform admins. Its own root, longer than {@link AdminPaymentsResource}'s {@code admin}. */
@Path("admin/money")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminMoneyResource {

    @EJB
    ShopMoney money;

    @EJB
    MoneyDesk desk;

    @EJB
    StripeAccounts stripeAccounts;

    @EJB
    ShopTransfers transfers;

    @EJB
    PayoutRun payoutRun;

    @EJB
    ShopStatements statements;

    @EJB
    DailyMoney daily;

    @GET
    @Path("balances")
    @Operation(summary = "Every shop's balance per currency; owing=true lists only the shops that owe")
    public List<BalanceView> balances(@QueryParam("owing") boolean owing) {
        return money.shopBalances(owing);
    }

    @GET
    @Path("shops/{vendorId}/ledger")
    @Operation(summary = "One shop's ledger entries, newest first; filter by kind and from/to (UTC days, both included)")
    @APIResponse(responseCode = "400", description = "A shop id, kind, date or page that cannot be read")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "422", description = "from is after to, or the page size is out of range")
    public PageResponse<LedgerEntryView> ledger(@PathParam("vendorId") String vendorId, @QueryParam("kind") String kind,
                                                @QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(money.entriesOf(IdParameter.required("vendorId", vendorId), EnumParameter.of(LedgerKind.class, "kind", kind),
                DateParameter.of("from", from), DateParameter.of("to", to), Paging.of(page, size)), e -> e);
    }

    /** A payout made outside Stripe: the currency, the amount in minor units and the transfer's reference. */
    public record PayoutRequest(@Schema(required = true, minLength = 3, maxLength = 3) String currency,
                                @Schema(required = true, minimum = "1") Long amountMinor,
                                @Schema(required = true, maxLength = 200) String reference) {
    }

    /** A correction of a shop's balance, either way: the currency, the signed amount in minor units and why. */
    public record AdjustmentRequest(@Schema(required = true, minLength = 3, maxLength = 3) String currency,
                                    @Schema(required = true, description = "not zero") Long amountMinor,
                                    @Schema(required = true, maxLength = 500) String reason) {
    }

    @POST
    @Path("shops/{vendorId}/payouts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payout made to the shop by hand (a bank transfer), against its available balance",
            description = "Send an Idempotency-Key so a retry records it once.")
    @APIResponse(responseCode = "201", description = "The payout, debited from the shop's balance")
    @APIResponse(responseCode = "200", description = "The payout an earlier request with this Idempotency-Key recorded")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "422", description = "No reference, an amount not above zero or above the available balance,"
            + " a currency the shop has no balance in, a key used for another request")
    @APIResponseSchema(value = MovementView.class, responseCode = "201")
    public Response payOut(@PathParam("vendorId") String vendorId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           PayoutRequest body) {
        PayoutRequest request = body == null ? new PayoutRequest(null, null, null) : body;
        return created(desk.payOut(IdParameter.required("vendorId", vendorId),
                new MovementInput(request.currency(), request.amountMinor(), request.reference()), idempotencyKey));
    }

    @POST
    @Path("shops/{vendorId}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a shop's balance by an amount either way, with a reason (the platform's account takes the other side)",
            description = "Send an Idempotency-Key so a retry records it once.")
    @APIResponse(responseCode = "201", description = "The adjustment, on the shop's ledger")
    @APIResponse(responseCode = "200", description = "The adjustment an earlier request with this Idempotency-Key recorded")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "422", description = "No reason, an amount of zero, a currency the shop has no balance in,"
            + " a key used for another request")
    @APIResponseSchema(value = MovementView.class, responseCode = "201")
    public Response adjust(@PathParam("vendorId") String vendorId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           AdjustmentRequest body) {
        AdjustmentRequest request = body == null ? new AdjustmentRequest(null, null, null) : body;
        return created(desk.adjust(IdParameter.required("vendorId", vendorId),
                new MovementInput(request.currency(), request.amountMinor(), request.reason()), idempotencyKey));
    }

    private static Response created(MoneyDesk.Recorded recorded) {
        if (recorded.replayed()) {
            return Response.ok(recorded.movement()).build();
        }
        return Response.status(Response.Status.CREATED).entity(recorded.movement()).build();
    }

    @GET
    @Path("stripe-accounts")
    @Operation(summary = "Every shop's Stripe account and its state (ONBOARDING, RESTRICTED, ACTIVE), the most recently changed first;"
            + " shops that have not connected one are not listed")
    public List<StripeAccountView> stripeAccounts() {
        return stripeAccounts.allAccounts();
    }

    @GET
    @Path("transfers")
    @Operation(summary = "Every shop's transfers to its connected Stripe account, newest first; state=FAILED lists those Stripe refused"
            + " (tried again after a back-off), SENDING those on their way or unanswered")
    @APIResponse(responseCode = "400", description = "An unknown state, a page that is not a number")
    @APIResponse(responseCode = "422", description = "The page size is out of range")
    public PageResponse<TransferView> transfers(@QueryParam("state") String state, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        return PageResponse.of(transfers.transfers(EnumParameter.of(PayoutState.class, "state", state), Paging.of(page, size)), t -> t);
    }

    @POST
    @Path("payout-runs")
    @Operation(summary = "Run the payouts now, as the timer does: record each payable shop's available balance as a transfer and send"
            + " every transfer and reversal that is due")
    @APIResponse(responseCode = "200", description = "What the run did")
    public PayoutRun.Summary runPayouts() {
        return payoutRun.runNow();
    }

    @GET
    @Path("paused-shops")
    @Operation(summary = "The shops whose payouts are paused, with who paused them, when and why")
    public List<PausedShopView> pausedShops() {
        return transfers.pausedShops();
    }

    /** Why an admin stops a shop's payouts. */
    public record PauseRequest(@Schema(required = true, maxLength = 500) String reason) {
    }

    @POST
    @Path("shops/{vendorId}/payout-pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause the shop's payouts with a reason: no transfers until resumed (written to the audit trail)")
    @APIResponse(responseCode = "201", description = "Paused")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "409", description = "Already paused")
    @APIResponse(responseCode = "422", description = "No reason, or one longer than 500 characters")
    @APIResponseSchema(value = PausedShopView.class, responseCode = "201")
    public Response pause(@PathParam("vendorId") String vendorId, PauseRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(transfers.pause(IdParameter.required("vendorId", vendorId), body == null ? null : body.reason())).build();
    }

    @DELETE
    @Path("shops/{vendorId}/payout-pause")
    @Operation(summary = "Resume the shop's payouts (written to the audit trail)")
    @APIResponse(responseCode = "204", description = "Resumed")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "409", description = "The shop's payouts are not paused")
    public Response resume(@PathParam("vendorId") String vendorId) {
        transfers.resume(IdParameter.required("vendorId", vendorId));
        return Response.noContent().build();
    }

    @GET
    @Path("reconciliation/days")
    @Operation(summary = "The reconciliation of each UTC day on which money moved, per currency, newest first: the day's payments,"
            + " refunds, disputes and payouts against the entries the ledger recorded that day")
    @APIResponse(responseCode = "400", description = "days is not a number")
    @APIResponse(responseCode = "422", description = "days is not from 1 to 366")
    public List<DayReconciliationView> reconciliationByDay(@QueryParam("days") String days) {
        return daily.reconciliationByDay(Paging.number("days", days, DailyMoney.DEFAULT_DAYS));
    }

    @GET
    @Path("commission/days")
    @Operation(summary = "The commission the platform earned on each of the last days (UTC, today included), per currency,"
            + " oldest first; a day without any at zero")
    @APIResponse(responseCode = "400", description = "days is not a number")
    @APIResponse(responseCode = "422", description = "days is not from 1 to 366")
    public List<CommissionDayView> commissionByDay(@QueryParam("days") String days) {
        return daily.commissionByDay(Paging.number("days", days, DailyMoney.DEFAULT_DAYS));
    }

    @GET
    @Path("shops/{vendorId}/statements/{month}")
    @Operation(summary = "One shop's statement of a month (UTC) in one currency: opening balance, entries, totals by kind, closing balance")
    @APIResponse(responseCode = "400", description = "A shop id or month that cannot be read")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "422", description = "No currency, one that is not an ISO 4217 code or that the shop never had money in,"
            + " or a month still to come")
    public StatementView statement(@PathParam("vendorId") String vendorId, @PathParam("month") String month,
                                   @QueryParam("currency") String currency) {
        return statements.statementOf(IdParameter.required("vendorId", vendorId), MonthParameter.of("month", month), currency);
    }

    @GET
    @Path("shops/{vendorId}/statements/{month}.csv")
    @Produces("text/csv")
    @Operation(summary = "One shop's statement of a month as CSV: the ledger export's columns, opening balance, entries, totals by"
            + " kind, closing balance")
    @APIResponse(responseCode = "200", description = "The statement, as a download named statement-<shop>-<month>-<currency>.csv")
    @APIResponse(responseCode = "400", description = "A shop id or month that cannot be read")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "422", description = "No currency, one that is not an ISO 4217 code or that the shop never had money in,"
            + " or a month still to come")
    public Response statementCsv(@PathParam("vendorId") String vendorId, @PathParam("month") String month,
                                 @QueryParam("currency") String currency) {
        return StatementDownload.of(statements.statementOf(IdParameter.required("vendorId", vendorId), MonthParameter.of("month", month),
                currency));
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Per currency, what shoppers paid (by card and by hand) less refunds, disputes not won"
            + " (with Stripe's dispute fees) and payouts against"
            + " the sum of every ledger entry;"
            + " balanced when the difference is zero")
    public List<ReconciliationView> reconciliation() {
        return money.reconciliation();
    }
}
