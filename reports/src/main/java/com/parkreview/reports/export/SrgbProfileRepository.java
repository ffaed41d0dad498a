package com.parkreview.reports.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.Resource;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * Serves the Java platform's own sRGB ICC profile to Jasper's PDF exporter under one name, so
 * that a PDF/A file gets its output intent without shipping a profile file of our own.
 */
final class SrgbProfileRepository implements RepositoryService {

    /** The location the exporter configuration names. */
    static final String LOCATION = "parkreview:sRGB.icc";

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, Resource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
        if (!LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
            return null;
        }
        InputStreamResource resource = new InputStreamResource();
        resource.setInputStream(new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        return resourceType.cast(resource);
    }
}
