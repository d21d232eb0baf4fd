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

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
