package org.balanceexplorer.geo;

/**
 * The one domain exception of the {@code geo} layer: a geodetic computation could not be done, or
 * geographic input (such as a basemap file) could not be read. The message is in plain words for
 * the user; the cause, when there is one, carries the library's detail for the log.
 */
public class GeodesyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GeodesyException(String message) {
        super(message);
    }

    public GeodesyException(String message, Throwable cause) {
        super(message, cause);
    }
}
