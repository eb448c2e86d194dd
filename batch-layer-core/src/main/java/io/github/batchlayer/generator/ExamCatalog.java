package io.github.batchlayer.generator;

import java.util.List;
import java.util.Map;

/**
 * The 103 exam names and the per-exam facts of the real file. The names of the real file's other exams are
 * not known, so plausible course titles stand in for them; they are fixed here so files stay reproducible.
 */
final class ExamCatalog {
    static final String NORMAL_FORMS = "Normal Forms and All That Jazz Master Class";
    static final String LINUX_ADMIN = "Learning Linux System Administration";
    static final String RED_HAT = "Operating Red Hat Enterprise Linux Servers";
    static final String GREAT_BASH = "Great Bash";
    static final String REACT = "A Practical Introduction to React.js";

    /** The top ten exams of the real file, in its order, with their row counts. */
    static final Map<String, Integer> TOP_TEN = orderedMap(
            "Learning Git", 394,
            "Introduction to Python", 162,
            "Introduction to Java 8", 158,
            "Intermediate Python Programming", 158,
            "Learning to Program with R", 128,
            "Introduction to Machine Learning", 119,
            "Software Architecture Fundamentals Understanding the Basics", 109,
            "Beginning C# Programming", 95,
            "Learning Eclipse", 85,
            "Learning Apache Maven", 80);

    /** The least-taken exams of the real file: one or two rows each. */
    static final Map<String, Integer> LEAST_TAKEN = orderedMap(
            "Learning to Visualize Data with D3.js", 1,
            "Native Web Apps for Android", 1,
            "Nulls, Three-valued Logic and Missing Information", 1,
            RED_HAT, 1,
            "The Closed World Assumption", 2,
            "Client-Side Data Storage for Web Developers", 2,
            "Arduino Prototyping Techniques", 2,
            "Understanding the Grails 3 Domain Model", 2,
            "Hibernate and JPA Fundamentals", 2,
            "What's New in JavaScript", 2,
            "Learning Spring Programming", 2);

    /** Exams known to carry two base_exam_ids. */
    static final List<String> TWO_BASE_IDS = List.of("Introduction to Python", "Being a Better Introvert",
            GREAT_BASH, "Architectural Considerations for Hadoop Applications");

    /** Known question counts: the largest exams of the real file, and record 0's exam. */
    static final Map<String, Integer> KNOWN_SIZES = Map.of(RED_HAT, 20, GREAT_BASH, 10, LINUX_ADMIN, 8,
            NORMAL_FORMS, 4);

    /** Exams named in the facts whose row counts are not known, then invented titles. */
    static final List<String> OTHERS = List.of(NORMAL_FORMS, LINUX_ADMIN, GREAT_BASH, REACT,
            "Being a Better Introvert", "Architectural Considerations for Hadoop Applications",
            "Learning Docker", "Introduction to Apache Spark", "Mastering Git", "Practical Data Science with Python",
            "Learning SQL", "JavaScript Fundamentals Live", "Introduction to Kubernetes",
            "Getting Started with Scala", "Designing Data-Intensive Applications Fundamentals",
            "Networking for People Who Hate Networking", "Learning Apache Kafka",
            "Python Data Structures and Algorithms", "Working with Regular Expressions", "Learning Node.js",
            "Introduction to Hadoop", "Refactoring Legacy Code", "Effective Java Essentials",
            "Microservices Architecture Basics", "Learning Go Programming", "Machine Learning with scikit-learn",
            "Deep Learning Foundations", "Statistics for Data Analysis", "Learning Angular", "Modern CSS Layouts",
            "Learning Rust", "Test-Driven Development in Java", "Continuous Delivery Pipelines",
            "Amazon Web Services Essentials", "Cloud Security Fundamentals", "Learning MongoDB",
            "PostgreSQL for Developers", "Data Visualization with Tableau", "Introduction to TensorFlow",
            "Building RESTful APIs", "Learning Vim", "Shell Scripting Basics", "Agile Project Management",
            "Learning Swift", "Android Development Fundamentals", "Functional Programming in JavaScript",
            "Learning Elasticsearch", "Site Reliability Engineering Basics",
            "Natural Language Processing with Python", "Learning Apache Cassandra", "Introduction to Blockchain",
            "Web Security Essentials", "Learning Ansible", "Design Patterns in C#", "Learning Redis",
            "Software Testing Fundamentals", "Time Series Analysis with R", "Learning Jenkins",
            "Introduction to Graph Databases", "Event-Driven Architecture", "Learning Terraform",
            "Concurrency in Java", "Clean Code Principles", "Learning Bootstrap", "User Experience Design Basics",
            "Learning TypeScript", "Data Engineering with Python", "Introduction to Linux Containers",
            "Learning Apache Hive", "Reactive Programming with RxJava", "Learning Kotlin",
            "Understanding Cryptography", "Practical Bayesian Statistics", "Learning the Bash Shell",
            "Mastering Pandas", "Introduction to Computer Vision", "Learning Django", "Learning Flask",
            "Spring Boot Essentials", "Learning Perl", "Introduction to Big Data", "Learning Apache Pig");

    /** All names; index in this list is the exam's number everywhere in the generator. */
    static final List<String> NAMES = concat();

    static final int TOP_COUNT = TOP_TEN.size();
    static final int FIRST_OTHER = TOP_TEN.size() + LEAST_TAKEN.size();

    private ExamCatalog() {
    }

    static int indexOf(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown exam " + name);
        }
        return i;
    }

    private static List<String> concat() {
        List<String> all = new java.util.ArrayList<>(TOP_TEN.keySet());
        all.addAll(LEAST_TAKEN.keySet());
        all.addAll(OTHERS);
        if (all.size() != 103 || new java.util.HashSet<>(all).size() != 103) {
            throw new IllegalStateException("the catalog must hold 103 distinct names, has " + all.size());
        }
        return List.copyOf(all);
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
