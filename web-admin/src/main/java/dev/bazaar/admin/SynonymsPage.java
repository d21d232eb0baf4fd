package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.catalog.application.SearchSynonyms;
import dev.bazaar.catalog.application.SynonymView;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Search's synonyms for platform admins: add a rule (one way or both ways), remove one; searches apply them at once. */
@Named("synonyms")
@ViewScoped
public class SynonymsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SearchSynonyms administration;

    private List<SynonymView> rules;
    private String term;
    private String synonym;
    private boolean bothWays;

    @PostConstruct
    void load() {
        rules = administration.list();
    }

    public void add() {
        String rule = term + (bothWays ? " ⇄ " : " → ") + synonym;
        if (Outcome.summary().report(() -> administration.add(term, synonym, bothWays), "Synonym " + rule + " added.")) {
            term = null;
            synonym = null;
            bothWays = false;
            load();
        }
    }

    public void remove(SynonymView rule) {
        if (Outcome.summary().report(() -> administration.remove(rule.id()), "Synonym " + rule.term() + " removed.")) {
            load();
        }
    }

    public List<SynonymView> getRules() {
        return rules;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getSynonym() {
        return synonym;
    }

    public void setSynonym(String synonym) {
        this.synonym = synonym;
    }

    public boolean isBothWays() {
        return bothWays;
    }

    public void setBothWays(boolean bothWays) {
        this.bothWays = bothWays;
    }
}
