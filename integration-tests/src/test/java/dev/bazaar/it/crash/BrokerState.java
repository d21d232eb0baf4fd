package dev.bazaar.it.crash;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * What the test run's Artemis broker holds, asked through its management address as an operator's
 * console would: prepared (in-doubt) XA transactions and how many messages wait on a queue.
 */
final class BrokerState {

    private static final String URL = System.getProperty("bazaar.broker.url", "tcp://127.0.0.1:61626");
    private static final String USER = System.getProperty("bazaar.broker.user", "bazaar");
    private static final String PASSWORD = System.getProperty("bazaar.broker.password", "bazaar");

    private BrokerState() {
    }

    /** The XA transactions the broker holds prepared, neither committed nor rolled back. */
    static int preparedTransactions() {
        Object result = invoke(ResourceNames.BROKER, "listPreparedTransactions");
        return result instanceof Object[] list ? list.length : 0;
    }

    static long messageCount(String queue) {
        return ((Number) attribute(ResourceNames.QUEUE + queue, "messageCount")).longValue();
    }

    private static Object invoke(String resource, String operation) {
        return request(resource, message -> {
            try {
                ManagementHelper.putOperationInvocation(message, resource, operation);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private static Object attribute(String resource, String name) {
        return request(resource, message -> ManagementHelper.putAttribute(message, resource, name));
    }

    private static Object request(String resource, java.util.function.Consumer<ClientMessage> body) {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(URL);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(USER, PASSWORD, false, true, true, false, 1);
             ClientRequestor requestor = new ClientRequestor(session, "activemq.management")) {
            session.start();
            ClientMessage message = session.createMessage(false);
            body.accept(message);
            ClientMessage reply = requestor.request(message, 10_000);
            if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
                throw new AssertionError("Artemis management refused " + resource + ": "
                        + (reply == null ? "no answer" : ManagementHelper.getResult(reply)));
            }
            return ManagementHelper.getResult(reply);
        } catch (Exception e) {
            throw new AssertionError("Artemis management at " + URL + " failed for " + resource + ": " + e, e);
        }
    }
}
