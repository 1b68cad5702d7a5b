package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Pet;
import dev.cartera.pethotel.PetDetails;
import dev.cartera.pethotel.PetRules;
import dev.cartera.pethotel.PetService;
import dev.cartera.pethotel.PictureService;
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
import java.util.Map;

/**
 * Register a pet ({@code /admin/pet/edit}) or change one ({@code ?id=petId}), and delete it: the same service calls
 * and rules as POST, PUT and DELETE /api/pet, each refusal next to its field from the rule's code. The photo is
 * uploaded on the same page once the pet exists ({@link PetPhotoUpload}).
 */
@Named
@ViewScoped
public class PetFormPage implements Serializable {

    /** Each API field and the input it is typed in. */
    private static final Map<String, String> INPUTS = Map.of(PetRules.NAME, "form:name", PetRules.OWNER, "form:owner",
            PetRules.BREED, "form:breed", PetRules.BIRTH_YEAR, "form:birthYear");

    @Inject
    PetService pets;

    @Inject
    PictureService pictures;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    FieldMessages fieldMessages;

    private String id;
    private String name;
    private String owner;
    private String breed;
    private Integer birthYear;
    private String photo;

    /** The f:viewAction: only roles that may edit get the form; an edit starts from the stored details. */
    public void onLoad() {
        console.require(ConsoleAction.EDIT_PETS);
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!PetRules.isPetId(id)) {
            throw new NotFoundException("Pet", id);
        }
        Pet pet = pets.get(id);
        name = pet.name();
        owner = pet.owner();
        breed = pet.breed();
        birthYear = pet.birthYear();
        readPhoto();
    }

    void readPhoto() {
        try {
            photo = pictures.of(id).pngSha256().substring(0, 16);
        } catch (NotFoundException e) {
            photo = null;
        }
    }

    public String save() {
        console.require(ConsoleAction.EDIT_PETS);
        PetDetails details = new PetDetails(name, owner, breed, birthYear);
        try {
            Pet saved = id == null ? pets.register(null, details) : pets.update(id, details);
            texts.infoAfterRedirect(id == null ? "pet.created" : "pet.saved", saved.name());
            return "/admin/pet/edit?faces-redirect=true&id=" + saved.petId();
        } catch (InvalidInputException e) {
            fieldMessages.show(e, INPUTS);
        }
        return null;
    }

    public String delete() {
        console.require(ConsoleAction.EDIT_PETS);
        try {
            pets.delete(id);
        } catch (NotFoundException e) {
            // deleted meanwhile by someone else: the outcome the user asked for
        }
        texts.infoAfterRedirect("pet.deleted", name);
        return "/admin/pets?faces-redirect=true";
    }

    public boolean isEditing() {
        return id != null;
    }

    public int getCurrentYear() {
        return pets.currentYear();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getBreed() {
        return breed;
    }

    public void setBreed(String breed) {
        this.breed = breed;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhoto() {
        return photo;
    }
}
