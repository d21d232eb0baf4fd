package dev.bazaar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldErrors;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import jakarta.ejb.EJBAccessException;

/**
 * Runs a page's action and tells the person how it went: the success text, or the rule a service
 * refused it by. One place maps the services' refusals to page messages:
 * <ul>
 * <li>field errors ({@link InvalidInputException}, {@link ConflictException}) as the outcome was made
 * to show them: {@link #summary()}, {@link #besideFields(String, Map)} or {@link #sentences(Map)};</li>
 * <li>a {@link ForbiddenException} or {@link NotFoundException} as its own message, an error;</li>
 * <li>an {@link EJBAccessException} as "Your role may not do this."</li>
 * </ul>
 * A page that tells one kind of refusal its own way (another text, another severity) says so with
 * {@link #on(Class, Consumer)}; one that does more after telling it (reloads, forgets a password) with
 * {@link #after(Class, Consumer)}. Any other exception goes on as it was thrown. A page in another
 * language words the field errors its way with {@link #worded(Function)}. An outcome is immutable: a
 * page may keep one in a constant.
 */
public final class Outcome {

    private final List<Refusal<?>> refusals;
    private final Consumer<Map<String, String>> showFieldErrors;
    private final Function<FieldErrors, Map<String, String>> wording;

    private Outcome(List<Refusal<?>> refusals, Consumer<Map<String, String>> showFieldErrors,
                    Function<FieldErrors, Map<String, String>> wording) {
        this.refusals = List.copyOf(refusals);
        this.showFieldErrors = showFieldErrors;
        this.wording = wording;
    }

    /** Field errors summed up as one error at the top: "Not done: the tracking number is required." */
    public static Outcome summary() {
        return showingFieldErrors(errors -> PageMessages.error(PageMessages.notDone(errors)));
    }

    /** Field errors beside the fields of {@code formId}, named by {@code labels}: "City is required". */
    public static Outcome besideFields(String formId, Map<String, String> labels) {
        return showingFieldErrors(errors -> PageMessages.besideFields(formId, errors, labels));
    }

    /** Field errors as sentences of their own at the top, named by {@code labels}: "The quantity cannot be met: ...". */
    public static Outcome sentences(Map<String, String> labels) {
        return showingFieldErrors(errors -> PageMessages.sentences(errors, labels));
    }

    private static Outcome showingFieldErrors(Consumer<Map<String, String>> show) {
        return new Outcome(List.of(), show, FieldErrors::fieldErrors)
                .on(ForbiddenException.class, e -> PageMessages.error(e.getMessage()))
                .on(NotFoundException.class, e -> PageMessages.error(e.getMessage()))
                .on(EJBAccessException.class, e -> PageMessages.error(PageMessages.roleMayNot()));
    }

    /**
     * This outcome, with field errors worded by {@code wording} (the page's language: the keyed ones in
     * its words, the rest as the service said them) before they are shown.
     */
    public Outcome worded(Function<FieldErrors, Map<String, String>> wording) {
        return new Outcome(refusals, showFieldErrors, wording);
    }

    /** This outcome, but a {@code refusal} (or a subclass of it) is handled by {@code handler} instead. */
    public <E extends RuntimeException> Outcome on(Class<E> refusal, Consumer<? super E> handler) {
        List<Refusal<?>> more = new ArrayList<>(refusals);
        more.add(0, new Refusal<>(refusal, handler));
        return new Outcome(more, showFieldErrors, wording);
    }

    /**
     * This outcome, and once it has told a {@code refusal} (or a subclass of it) as it does, {@code then}
     * runs too: to show again what the refusal was about, or to forget a password typed.
     */
    public <E extends RuntimeException> Outcome after(Class<E> refusal, Consumer<? super E> then) {
        return on(refusal, e -> {
            if (!told(e)) {
                throw e;
            }
            then.accept(e);
        });
    }

    /**
     * Runs {@code action}; returns whether it succeeded. {@code done} (null for none) is the message
     * when it did; a refusal has been told when it did not.
     */
    public boolean report(Runnable action, String done) {
        return attempt(() -> {
            action.run();
            if (done != null) {
                PageMessages.info(done);
            }
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Runs {@code action}, which answers something (never null); returns the answer, or empty after a
     * refusal has been told. For pages whose success message or next step depends on the answer.
     */
    public <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            if (told(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private boolean told(RuntimeException e) {
        for (Refusal<?> refusal : refusals) {
            if (refusal.handled(e)) {
                return true;
            }
        }
        if (e instanceof InvalidInputException || e instanceof ConflictException) {
            showFieldErrors.accept(wording.apply((FieldErrors) e));
            return true;
        }
        return false;
    }

    /** One kind of refusal and how it is told; the first that fits an exception handles it. */
    private record Refusal<E extends RuntimeException>(Class<E> type, Consumer<? super E> handler) {

        boolean handled(RuntimeException e) {
            if (!type.isInstance(e)) {
                return false;
            }
            handler.accept(type.cast(e));
            return true;
        }
    }
}
