package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Pet;
import dev.cartera.pethotel.PetService;
import dev.cartera.pethotel.PictureService;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Hotel de mascotas: the register as the API lists it (GET /api/pet, its {@code ListFields} through
 * {@link ConsoleList}), as a grid of cards with each pet's photo. Search by name, owner and breed with the API's
 * {@code nome_pet.contains}, {@code dono.contains}, {@code raca.contains}, kept in the URL.
 */
@Named
@ViewScoped
public class PetsPage implements Serializable {

    @Inject
    PetService pets;

    @Inject
    PictureService pictures;

    @Inject
    Console console;

    private ConsoleList<PetCard> list;

    /**
     * A pet on the grid; {@code photo} is the start of its rendition's SHA-256 (added to the image's URL so a
     * replaced photo is a new URL), or null when it has none.
     */
    public record PetCard(PetView pet, String photo) {
    }

    @PostConstruct
    void init() {
        list = new ConsoleList<>(PetService.LIST, (page, filters) -> {
            console.require(ConsoleAction.VIEW_PETS);
            return pets.list(page, filters).map(this::card);
        }, card -> card.pet().petId());
    }

    public void onLoad() {
        console.require(ConsoleAction.VIEW_PETS);
    }

    /** Searches by reloading the page with the filters in its URL (Post/Redirect/Get). */
    public String search() {
        console.require(ConsoleAction.VIEW_PETS);
        return "/admin/pets?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/admin/pets?faces-redirect=true";
    }

    private PetCard card(Pet pet) {
        String photo;
        try {
            photo = pictures.of(pet.petId()).pngSha256().substring(0, 16);
        } catch (NotFoundException e) {
            photo = null;
        }
        return new PetCard(PetView.of(pet), photo);
    }

    public ConsoleList<PetCard> getList() {
        return list;
    }
}
