package dev.cartera.web.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerDetails;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.customers.welcome.MessageStatus;
import dev.cartera.customers.welcome.OutboundMessage;
import dev.cartera.customers.welcome.WelcomeMessages;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.web.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, where it can commit or roll back a registration itself: exactly one welcome message
 * per new customer, sent after the commit; none for an update; none when the transaction rolls back.
 */
@ExtendWith(ArquillianExtension.class)
class WelcomeMessageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.cartera().addClass(WelcomeMessageIT.class);
    }

    @Inject
    CustomerService customers;

    @Inject
    WelcomeMessages messages;

    @Resource
    UserTransaction transaction;

    @Test
    void aNewCustomerGetsExactlyOneMessageSentAfterTheCommitAndNoneOnUpdate() throws Exception {
        // a fresh cédula every run: the documents of the sample files belong to the import tests
        String cedula = RandomDocumentNumbers.randomCedula("09", new SplittableRandom());
        var registration = customers.register("CI", cedula, person("Rosa", "Zambrano", "rosa@example.com"));
        long id = registration.customer().id();

        OutboundMessage message = awaitSent(id);
        assertEquals("EMAIL", message.channel().name());
        assertEquals("rosa@example.com", message.recipient());
        assertTrue(message.subject().contains("Rosa Zambrano"), message.subject());
        assertTrue(message.body().contains(cedula), message.body());
        assertNotNull(message.sentAt());

        customers.update(id, person("Rosa", "Zambrano Ortiz", "rosa.z@example.com"), OptionalLong.empty());
        Thread.sleep(1_000);
        assertEquals(1, messages.ofCustomer(id).size(), "an update sends nothing");
    }

    @Test
    void aRolledBackRegistrationLeavesNoCustomerAndNoMessage() throws Exception {
        transaction.begin();
        long id = customers.register("CC", "52345678", person("Camila", "Ospina", "camila@example.com")).customer().id();
        assertEquals(1, messages.ofCustomer(id).size(), "queued inside the transaction");
        transaction.rollback();

        Thread.sleep(1_500);
        assertEquals(List.of(), messages.ofCustomer(id));
        var byNumber = new FilterCondition("documentNumber", FilterOperator.EQUALS, "52345678");
        assertTrue(customers.list(new PageRequest(0, 1, new Sort("id", true)), List.of(byNumber)).items().isEmpty(),
                "the customer is gone with the transaction");
    }

    private OutboundMessage awaitSent(long customerId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<OutboundMessage> sent = messages.ofCustomer(customerId);
            assertEquals(1, sent.size(), "one message per new customer");
            if (sent.get(0).status() == MessageStatus.SENT) {
                return sent.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the welcome message was not sent within 10 s");
    }

    private static CustomerDetails person(String first, String last, String email) {
        return new CustomerDetails(first, last, null, null, email, null, null, null, null);
    }
}
