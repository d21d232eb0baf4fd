package dev.bazaar.admin;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;

/**
 * A PrimeFaces lazy table over any service that answers a page at a time: the table's first row and
 * page size become a {@link PageRequest}, so the database does the paging.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page for the table's filters and sort order. */
    public interface Source<T> extends Serializable {
        Page<T> fetch(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, PageRequest page);
    }

    /** The row key a table uses to find a row again. */
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final Source<T> source;
    private final RowKey<T> rowKey;
    private Map<String, FilterMeta> lastFilterBy = Map.of();
    private Map<String, SortMeta> lastSortBy = Map.of();

    public PagedLazyModel(Source<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.fetch(filterBy, Map.of(), new PageRequest(0, 1)).totalItems());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastFilterBy = Map.copyOf(filterBy);
        lastSortBy = Map.copyOf(sortBy);
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = source.fetch(filterBy, sortBy, new PageRequest(first / size, size));
        setRowCount(Math.toIntExact(page.totalItems()));
        return page.items();
    }

    /** Every row the table's current filters and order select, a page at a time (for exports). */
    public void forEachRow(java.util.function.Consumer<T> action) {
        int size = PageRequest.MAX_SIZE;
        for (int number = 0; ; number++) {
            Page<T> page = source.fetch(lastFilterBy, lastSortBy, new PageRequest(number, size));
            page.items().forEach(action);
            if (page.items().size() < size) {
                return;
            }
        }
    }

    /** The filters the table last loaded with (what "every row that matches" means now). */
    public Map<String, FilterMeta> lastFilters() {
        return lastFilterBy;
    }

    /** Whether every row the table shows now is among {@code selected} (and it shows any). */
    public boolean pageSelected(List<T> selected) {
        List<T> shown = getWrappedData();
        if (shown == null || shown.isEmpty()) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        selected.forEach(row -> keys.add(rowKey.of(row)));
        return shown.stream().allMatch(row -> keys.contains(rowKey.of(row)));
    }

    /** How many rows the table shows now. */
    public int shownRows() {
        List<T> shown = getWrappedData();
        return shown == null ? 0 : shown.size();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }

    /** The row with this key among those the table shows (what a row selection names). */
    @Override
    public T getRowData(String key) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> rowKey.of(row).equals(key)).findFirst().orElse(null);
    }
}
