package dev.cartera.web.pethotel;

import dev.cartera.pethotel.PictureCheck;
import dev.cartera.pethotel.PictureRejectedException;
import dev.cartera.pethotel.PictureService;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleUser;
import dev.cartera.web.console.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;

/**
 * Uploads or replaces the photo of the pet on the form, as POST /api/picture/{petId} does: the same checks (bytes,
 * decoding as JPEG, PNG or WebP, pixels) by {@link PictureService#check}, then {@link PictureService#store}. A refusal is
 * said in the console's language from its reason, next to the file field.
 */
@Named
@RequestScoped
public class PetPhotoUpload {

    static final String FIELD = "photo:file";

    @Inject
    PetFormPage form;

    @Inject
    PictureService pictures;

    @Inject
    Console console;

    @Inject
    Texts texts;

    private UploadedFile file;

    public String upload() {
        ConsoleUser user = console.require(ConsoleAction.EDIT_PETS);
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            texts.error(FIELD, "pet.photo.required");
            return null;
        }
        String petId = form.getId();
        pictures.requirePet(petId);
        PictureCheck check = pictures.check();
        try (InputStream content = file.getInputStream()) {
            pictures.store(petId, check.check(check.readBounded(content)), user.username());
        } catch (PictureRejectedException e) {
            texts.error(FIELD, "pet.photo.rejected." + e.reason().name(), getMaxMegabytes());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.infoAfterRedirect("pet.photo.stored", form.getName());
        return "/admin/pet/edit?faces-redirect=true&id=" + petId;
    }

    public long getMaxMegabytes() {
        return Math.max(1, pictures.check().maxBytes() / (1024 * 1024));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
