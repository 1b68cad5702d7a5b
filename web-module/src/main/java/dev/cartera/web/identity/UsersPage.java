package dev.cartera.web.identity;

import dev.cartera.identity.Role;
import dev.cartera.identity.UserService;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import dev.cartera.web.console.FieldMessages;
import dev.cartera.web.console.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Usuarios, for admins: the users with their roles, last sign-in and login waits; create one, change a role, set a
 * new password (which lifts the waits), lift the waits, delete, through the same {@link UserService} calls as
 * {@code /api/users}, so the last admin can be neither demoted nor deleted here either.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final Map<String, String> NEW_USER_INPUTS = Map.of("username", "newUser:username",
            "displayName", "newUser:displayName", "password", "newUser:password");

    @Inject
    UserService users;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    FieldMessages fieldMessages;

    private ConsoleList<UserView> list;
    private String username;
    private String displayName;
    private String role = Role.AGENT.claim();
    private String password;
    private UserView selected;
    private String selectedRole;
    private String newPassword;

    @PostConstruct
    void init() {
        list = new ConsoleList<>(UserService.LIST, (page, filters) -> UserView.of(users.list(page, filters), users), UserView::id);
    }

    public void onLoad() {
        console.require(ConsoleAction.USERS);
    }

    /** A new search starts at the first page, whatever page the previous one was showing. */
    public void search() {
        console.require(ConsoleAction.USERS);
        ConsoleList.showFirstPage(":users:table");
    }

    public void create() {
        console.require(ConsoleAction.USERS);
        if (username == null || username.isBlank() || displayName == null || displayName.isBlank()) {
            texts.error(username == null || username.isBlank() ? "newUser:username" : "newUser:displayName",
                    "field.problem.REQUIRED");
            return;
        }
        try {
            users.create(username, displayName, Role.fromClaim(role), password == null ? new char[0] : password.toCharArray());
            texts.info(null, "users.created", UserService.normalizeUsername(username));
            username = null;
            displayName = null;
            password = null;
        } catch (InvalidInputException e) {
            fieldMessages.show(e, NEW_USER_INPUTS);
        } catch (ConflictException e) {
            texts.error("newUser:username", "users.exists", UserService.normalizeUsername(username));
        }
    }

    /** The row whose role or password the dialogs change. */
    public void select(UserView user) {
        console.require(ConsoleAction.USERS);
        selected = user;
        selectedRole = user.role();
        newPassword = null;
    }

    public void changeRole() {
        console.require(ConsoleAction.USERS);
        try {
            users.update(selected.id(), selected.displayName(), Role.fromClaim(selectedRole), OptionalLong.empty());
            texts.info(null, "users.roleChanged", selected.username(), texts.text("role." + selectedRole));
        } catch (ConflictException e) {
            texts.error(null, "users.lastAdmin", selected.username());
        }
    }

    public void changePassword() {
        console.require(ConsoleAction.USERS);
        try {
            users.changePassword(selected.id(), newPassword == null ? new char[0] : newPassword.toCharArray());
            texts.info(null, "users.passwordSet", selected.username());
        } catch (InvalidInputException e) {
            fieldMessages.show(e, Map.of());
        } finally {
            newPassword = null;
        }
    }

    /** Lets every client try the user's password again now. */
    public void clearLoginThrottling(UserView user) {
        console.require(ConsoleAction.USERS);
        users.clearLoginThrottling(user.id());
        texts.info(null, "users.throttlingCleared", user.username());
    }

    public void delete(UserView user) {
        console.require(ConsoleAction.USERS);
        try {
            users.delete(user.id());
            texts.info(null, "users.deleted", user.username());
        } catch (ConflictException e) {
            texts.error(null, "users.lastAdmin", user.username());
        }
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::claim).toList();
    }

    public ConsoleList<UserView> getList() {
        return list;
    }

    public UserView getSelected() {
        return selected;
    }

    public String getSelectedRole() {
        return selectedRole;
    }

    public void setSelectedRole(String selectedRole) {
        this.selectedRole = selectedRole;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
