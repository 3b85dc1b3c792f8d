/**
 * The filters over the systems list: a pane of options per part (country, class by the rule and as
 * sources give it, status, basing, category), each with the count it leaves. The rule itself is
 * {@link org.balanceexplorer.state.SystemFilter}; the filters are part of the view state.
 */
package org.balanceexplorer.ui.filters;
