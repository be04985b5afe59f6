package dev.bootcamp.agent;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Names;
import dev.bootcamp.core.Catalog;
import java.util.Locale;
import java.util.TreeSet;

/** Ids, class names and packages of bootcamps, and the checks on a new id. */
public final class BootcampNaming {
    public static final String CAMPS_PACKAGE = "dev.bootcamp.camps";
    private static final String SUFFIX = "Bootcamp";

    private BootcampNaming() {}

    /** {@code water-jugs} becomes {@code WaterJugsBootcamp}. */
    public static String classNameOf(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append(SUFFIX).toString();
    }

    /** The id a class of this simple name gets ({@code NQueensBootcamp} gives {@code n-queens}); the rule of {@link Names#idOf}. */
    public static String idOf(String simpleName) {
        String name = simpleName;
        if (name.endsWith(SUFFIX) && name.length() > SUFFIX.length()) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char before = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before) || nextLower) {
                    id.append('-');
                }
            }
            id.append(Character.toLowerCase(c));
        }
        return id.toString();
    }

    public static String packageOf(String domain) {
        return CAMPS_PACKAGE + "." + domain;
    }

    /** The domain of a package in the catalogue ({@code dev.bootcamp.camps.math} gives {@code math}), or null. */
    public static String domainOfPackage(String packageName) {
        String prefix = CAMPS_PACKAGE + ".";
        if (packageName == null || !packageName.startsWith(prefix) || packageName.indexOf('.', prefix.length()) >= 0) {
            return null;
        }
        return packageName.substring(prefix.length());
    }

    /** Refuses an id that is not kebab-case, that no class name gives back, or that the catalogue already has. */
    public static void checkNewId(String id, Catalog catalog) {
        if (!Names.isKebab(id)) {
            String suggestion = kebab(id);
            throw new AgentException("bootcamp id must be kebab-case (lower-case words joined by '-', such as water-jugs), found '" + id + "'"
                    + (Names.isKebab(suggestion) ? "; did you mean '" + suggestion + "'?" : ""));
        }
        String className = classNameOf(id);
        String derived = idOf(className);
        if (!derived.equals(id)) {
            throw new AgentException("id '" + id + "' cannot come from a class name: " + className + " gives '" + derived + "'; use '" + derived + "'");
        }
        catalog.find(id).ifPresent(owner -> {
            throw new AgentException("bootcamp id '" + id + "' is taken by " + owner.getClass().getName() + "; choose another id");
        });
    }

    /** Refuses a domain that is not one of {@link BootcampInfo#DOMAINS}, suggesting the closest. */
    public static void checkDomain(String domain) {
        if (!BootcampInfo.DOMAINS.contains(domain)) {
            throw new AgentException("unknown domain '" + domain + "'" + Names.didYouMean(domain, BootcampInfo.DOMAINS)
                    + " domains: " + String.join(", ", new TreeSet<>(BootcampInfo.DOMAINS)));
        }
    }

    /** A best guess at the kebab-case form of a name typed another way ({@code WaterJugs}, {@code water_jugs}). */
    static String kebab(String text) {
        String spaced = text.strip().replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-");
        return spaced.toLowerCase(Locale.ROOT).replaceAll("^-+|-+$", "");
    }
}
