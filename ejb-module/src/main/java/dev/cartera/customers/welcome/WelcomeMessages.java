package dev.cartera.customers.welcome;

import dev.cartera.customers.Customer;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Queues a new customer's welcome message in the caller's transaction, and lists a customer's messages. */
@Stateless
public class WelcomeMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MessageQueued> queued;

    /** Must run inside the transaction that created the customer: the message commits or rolls back with it. */
    public void queueFor(Customer customer) {
        OutboundMessage message = new OutboundMessage(customer.id(), MessageChannel.EMAIL, customer.email(),
                WelcomeTemplate.subject(customer), WelcomeTemplate.body(customer), clock.instant());
        em.persist(message);
        em.flush();
        if (message.status() == MessageStatus.PENDING) {
            queued.fire(new MessageQueued(List.of(message.id())));
        }
    }

    /** {@link #queueFor} for many customers (flushed, so they have ids) with one flush for all their messages. */
    public void queueForAll(List<Customer> customers) {
        List<OutboundMessage> messages = customers.stream().map(customer -> new OutboundMessage(customer.id(),
                MessageChannel.EMAIL, customer.email(), WelcomeTemplate.subject(customer), WelcomeTemplate.body(customer),
                clock.instant())).toList();
        messages.forEach(em::persist);
        em.flush();
        List<Long> pending = messages.stream().filter(message -> message.status() == MessageStatus.PENDING)
                .map(OutboundMessage::id).toList();
        if (!pending.isEmpty()) {
            queued.fire(new MessageQueued(pending));
        }
    }

    public List<OutboundMessage> ofCustomer(long customerId) {
        return em.createNamedQuery("OutboundMessage.ofCustomer", OutboundMessage.class)
                .setParameter("customerId", customerId).getResultList();
    }
}
