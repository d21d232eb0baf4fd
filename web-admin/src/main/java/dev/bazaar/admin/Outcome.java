package dev.bazaar.admin;

import java.util.Map;
import java.util.stream.Collectors;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Runs a back-office action and tells the person how it went: the success text, or the rule the
 * service refused it by. One place maps the services' business exceptions to page messages.
 */
final class Outcome {

    private Outcome() {
    }

    /** Returns whether the action succeeded; {@code done} (null for none) is the message when it did. */
    static boolean report(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                info(done);
            }
            return true;
        } catch (ForbiddenException | NotFoundException e) {
            error(e.getMessage());
        } catch (ConflictException | InvalidInputException e) {
            error(notDone(e.fieldErrors()));
        } catch (EJBAccessException e) {
            error("Your role may not do this.");
        }
        return false;
    }

    /**
     * "Not done: the tracking number is required." Field names are read as words (trackingNumber:
     * tracking number); field messages that are whole sentences stand alone.
     */
    static String notDone(Map<String, String> fieldErrors) {
        return "Not done: " + fieldErrors.entrySet().stream()
                .map(error -> Character.isUpperCase(error.getValue().charAt(0))
                        ? error.getValue() : "the " + words(error.getKey()) + " " + error.getValue())
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
