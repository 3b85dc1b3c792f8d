package org.balanceexplorer.model;

/** How a weapon system flies. */
public enum Category {
    BALLISTIC("ballistic"),
    CRUISE("cruise"),
    HYPERSONIC_GLIDE("hypersonicGlide");

    private final String jsonName;

    Category(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Category fromJson(String name) {
        return JsonNames.lookup(Category.class, values(), Category::jsonName, name);
    }
}
