package dev.cartera.identity;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import dev.cartera.shared.filtering.FilterCondition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** Queries over users. Runs inside the calling service's transaction. */
@ApplicationScoped
public class UserRepository {

    /** Wire names of the sortable fields, mapped to entity attributes. */

    @PersistenceContext
    EntityManager em;

    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public Optional<User> findByUsername(String username) {
        return em.createNamedQuery("User.byUsername", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The user's row, locked until the transaction ends, so concurrent logins count failures one at a time. */
    public Optional<User> findByUsernameForUpdate(String username) {
        return findByUsername(username).map(user -> {
            em.lock(user, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(user);
            return user;
        });
    }

    public boolean isEmpty() {
        return em.createNamedQuery("User.count", Long.class).getSingleResult() == 0;
    }

    public Page<User> page(PageRequest request, List<FilterCondition> filters) {
        return UserService.LIST.page(em, User.class, request, filters);
    }

    public void add(User user) {
        em.persist(user);
        em.flush();
    }

    public void remove(User user) {
        em.remove(user);
    }
}
