package dev.bazaar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a page of the same module is a place to return to after signing in. */
class ReturnPathTest {

    @Test
    void aPageOfTheModuleIsKeptWithItsQuery() {
        assertEquals(Optional.of("/admin/orders.xhtml?id=4"), SignInForm.returnPath("http://localhost:9080/admin/orders.xhtml?id=4", "/admin"));
        assertEquals(Optional.of("/account.xhtml"), SignInForm.returnPath("https://shop.example/account.xhtml", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost//evil.example/x", "http://localhost////evil.example/x",
            "/\\evil.example/x", "http://localhost/\\evil.example/x", "http://localhost/%5Cevil.example", "/account.xhtml\r\nSet-Cookie: a=b",
            "/a/../../x", "javascript:alert(1)", "/login.xhtml", ""})
    void anythingABrowserCouldReadAsAnotherSiteIsRefused(String wanted) {
        assertEquals(Optional.empty(), SignInForm.returnPath(wanted, ""));
    }

    @Test
    void anotherModulesPageIsRefused() {
        assertEquals(Optional.empty(), SignInForm.returnPath("http://localhost/account.xhtml", "/admin"));
        assertEquals(Optional.empty(), SignInForm.returnPath("//evil.example/admin/x", "/shop"));
    }
}
