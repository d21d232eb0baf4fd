package dev.bazaar.storefront;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a service's field errors beside the fields of a form. */
final class FieldMessages {

    private FieldMessages() {
    }

    static void show(String formId, Map<String, String> fieldErrors, Map<String, String> labels) {
        FacesContext faces = FacesContext.getCurrentInstance();
        fieldErrors.forEach((field, problem) -> {
            String text = labels.getOrDefault(field, field) + " " + problem;
            faces.addMessage(formId + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    /** Each problem as a sentence of its own at the top of the page: "The quantity cannot be met: ...". */
    static void sentences(Map<String, String> fieldErrors, Map<String, String> labels) {
        fieldErrors.forEach((field, problem) -> error(labels.getOrDefault(field, field) + " " + problem + "."));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
