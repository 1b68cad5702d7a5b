package dev.cartera.web.lending;

import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.CustomerService;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import dev.cartera.lending.LoanStatus;
import dev.cartera.lending.schedule.AmortizationSchedule;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.FieldMessages;
import dev.cartera.web.console.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One loan ({@code /admin/loan?id=...}): its terms, its customer, the status changes the loan's machine allows
 * from where it is (exactly {@link LoanStatus#next()}, as buttons), its French schedule and the schedule's Excel.
 * A status change goes to the same service method as POST /api/loans/{id}/status with the version the page
 * showed; the service, not the page, decides whether it is allowed, and its refusal is shown.
 */
@Named
@ViewScoped
public class LoanPage implements Serializable {

    /** The request parameter each status button sends: the status it moves the loan to. */
    static final String TARGET = "target";

    @Inject
    LoanService loans;

    @Inject
    CustomerService customers;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    FieldMessages fieldMessages;

    private Long id;
    private LoanView loan;
    private String customerName;
    private AmortizationSchedule schedule;

    /** The f:viewAction; an unknown id is the console's 404 page. */
    public void onLoad() {
        console.require(ConsoleAction.VIEW_LOANS);
        if (id == null) {
            throw new NotFoundException(Message.of("problem.noId"));
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            read();
        }
    }

    /** Moves the loan to the status its button names ({@code target}); what the service refuses is said. */
    public String changeStatus() {
        console.require(ConsoleAction.EDIT_LOANS);
        String target = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(TARGET);
        try {
            Loan moved = loans.changeStatus(id, target, OptionalLong.of(loan.version()));
            texts.infoAfterRedirect("loan.moved", String.valueOf(moved.id()), texts.text("loanStatus." + moved.status().name()));
            return "/admin/loan?faces-redirect=true&id=" + moved.id();
        } catch (InvalidInputException e) {
            fieldMessages.show(e, Map.of());
        } catch (ConflictException e) {
            String was = loan.version() == loans.get(id).version() ? loan.status() : null;
            read();
            String to = statusWord(target);
            if (was != null) {
                texts.error(null, "loan.cannotMove", texts.text("loanStatus." + was), to);
            } else {
                texts.error(null, "loan.changedMeanwhile", texts.text("loanStatus." + loan.status()));
            }
            texts.error(null, "loan.serverSaid", texts.say(e.explanation()));
        }
        return null;
    }

    private void read() {
        Loan found = loans.get(id);
        loan = LoanView.of(found);
        schedule = found.schedule();
        try {
            customerName = customers.get(found.customerId()).displayName();
        } catch (NotFoundException e) {
            customerName = null;
        }
    }

    private String statusWord(String status) {
        String key = "loanStatus." + (status == null ? "" : status.strip().toUpperCase(Locale.ROOT));
        return texts.has(key) ? texts.text(key) : String.valueOf(status);
    }

    public boolean offers(String status) {
        return loan != null && loan.allowedTransitions().contains(status);
    }

    public boolean isEditable() {
        return loan != null && LoanStatus.REQUESTED.name().equals(loan.status());
    }

    public LoanView getLoan() {
        return loan;
    }

    public String getCustomerName() {
        return customerName;
    }

    public AmortizationSchedule getSchedule() {
        return schedule;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
