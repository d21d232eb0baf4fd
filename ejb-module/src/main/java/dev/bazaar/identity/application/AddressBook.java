package dev.bazaar.identity.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.identity.domain.Address;
import dev.bazaar.identity.domain.Addresses;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.PostalAddress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A person's address book. Every method takes the owner's id from their authenticated identity;
 * an address of someone else's is reported as not found, exactly like one that does not exist.
 * The first address becomes the default for shipping and billing.
 */
@Stateless
public class AddressBook {

    @Inject
    Addresses addresses;

    @Inject
    UserAccounts accounts;

    /** One of the owner's addresses, as a postal address (checkout copies it into the order). */
    public Optional<PostalAddress> find(long ownerId, long addressId) {
        return addresses.find(ownerId, addressId).map(Address::postal);
    }

    public List<AddressView> list(long ownerId) {
        requireUsable(ownerId);
        return addresses.of(ownerId).stream().map(AddressView::of).toList();
    }

    public AddressView add(long ownerId, PostalAddress postal, boolean defaultShipping, boolean defaultBilling) {
        requireUsable(ownerId);
        requireValid(postal);
        boolean first = addresses.isEmpty(ownerId);
        Address address = new Address(ownerId, postal);
        setDefaults(ownerId, address, first || defaultShipping, first || defaultBilling);
        addresses.add(address);
        return AddressView.of(address);
    }

    public AddressView update(long ownerId, long addressId, PostalAddress postal, boolean defaultShipping,
                              boolean defaultBilling) {
        requireUsable(ownerId);
        requireValid(postal);
        Address address = owned(ownerId, addressId);
        address.replace(postal);
        setDefaults(ownerId, address, defaultShipping, defaultBilling);
        return AddressView.of(address);
    }

    public void remove(long ownerId, long addressId) {
        requireUsable(ownerId);
        addresses.remove(owned(ownerId, addressId));
    }

    private void setDefaults(long ownerId, Address address, boolean shipping, boolean billing) {
        addresses.clearDefaults(ownerId, shipping && !address.defaultShipping(), billing && !address.defaultBilling());
        address.makeDefault(shipping, billing);
    }

    /** A disabled account's access tokens stop working here at once, not when they expire. */
    private void requireUsable(long ownerId) {
        accounts.find(ownerId).filter(UserAccount::isActive)
                .orElseThrow(() -> new AuthenticationFailedException("This account cannot be used"));
    }

    private Address owned(long ownerId, long addressId) {
        return addresses.find(ownerId, addressId)
                .orElseThrow(() -> new NotFoundException("No address with id " + addressId + " in your address book"));
    }

    private static void requireValid(PostalAddress postal) {
        Map<String, String> problems = postal.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
