package org.balanceexplorer.model;

import java.util.Objects;

/**
 * A claim read in a compiled file rather than in prose: which file, at which commit, which entry,
 * and which field with which value. The claim's quote keeps the exact fragment of the file; this
 * says the same in words.
 *
 * @param file   the file's path in its repository, e.g. "app/data/weapons/weapons.json"
 * @param commit the commit the file was read at
 * @param entry  the entry's name in the file, e.g. "Shaheen III"
 * @param field  the field read, e.g. "range_km"
 * @param value  the field's value as the file gives it, e.g. "2750"
 */
public record CompiledRecord(String file, String commit, String entry, String field, String value) {

    /** Characters of the commit shown in words (the full commit stays in the record). */
    public static final int SHORT_COMMIT = 7;

    public CompiledRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    public String shortCommit() {
        return commit.length() > SHORT_COMMIT ? commit.substring(0, SHORT_COMMIT) : commit;
    }

    /**
     * The record in words, e.g. "compiled record: entry “Shaheen III” in app/data/weapons/weapons.json
     * at commit 85eaceb, field range_km = 2750".
     */
    public String describe() {
        return "compiled record: entry \u201c" + entry + "\u201d in " + file + " at commit " + shortCommit()
                + ", field " + field + " = " + value;
    }
}
