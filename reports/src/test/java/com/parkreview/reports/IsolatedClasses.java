package com.parkreview.reports;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test class path in a class loader of its own, nothing of it loaded yet, which records every
 * class it defines: what a step loads is what it defined meanwhile.
 */
final class IsolatedClasses extends URLClassLoader {

    private final Set<String> defined = ConcurrentHashMap.newKeySet();

    IsolatedClasses() {
        super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(entry -> {
            try {
                return Path.of(entry).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(entry, e);
            }
        }).toArray(URL[]::new);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> found = super.findClass(name);
        defined.add(name);
        return found;
    }

    /** The classes whose names start with one of the prefixes that the static method {@code className.method()} loaded. */
    Set<String> loadedBy(String className, String method, String... prefixes) throws ReflectiveOperationException {
        Set<String> before = Set.copyOf(defined);
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            loadClass(className).getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            thread.setContextClassLoader(context);
        }
        Set<String> loaded = new TreeSet<>(defined);
        loaded.removeAll(before);
        loaded.removeIf(name -> Arrays.stream(prefixes).noneMatch(name::startsWith));
        return loaded;
    }
}
